package fr.permanence.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts: no script, no font file, scaled to the screen by their viewBox.
 * Colors: answered in blue, unanswered in red, readable by the most common color-blindnesses.
 */
final class SvgCharts {
  static final String ANSWERED = "#1f5f99";
  static final String UNANSWERED = "#d1495b";
  /** Chart canvas in viewBox units; the browser scales it to the column width. */
  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 40;
  private static final int BOTTOM = 30;
  private static final int TOP = 10;
  /** Horizontal bar charts, one row per item: a label line and a bar under it. */
  private static final int LABELLED_ROW = 42;
  /**
   * Bar charts are drawn 400 units wide and shown at most 30rem (480 px) wide: their 12-unit text
   * stays 11–14 px from a 390 px phone to a desktop.
   */
  private static final int BARS_WIDTH = 400;
  /** At 12 px, about 60 characters fill the 400-unit width; longer labels are cut with "…". */
  private static final int LABEL_CHARS = 60;

  private SvgCharts() {}

  /** Stacked bars of answered and unanswered questions per day or week. */
  static String volume(List<Review.Volume> volume, boolean weekly) {
    int max = Math.max(1, volume.stream().mapToInt(Review.Volume::total).max().orElse(0));
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - 10;
    double slot = (double) plotWidth / Math.max(1, volume.size());
    double bar = Math.max(1, slot * 0.8);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"chart-volume\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"chart-volume-title\" preserveAspectRatio=\"xMidYMid meet\">")
        .append("<title id=\"chart-volume-title\">Questions par ").append(weekly ? "semaine" : "jour")
        .append(", avec et sans réponse</title>");
    // Axis: zero line, the maximum, and its label.
    svg.append(line(LEFT, TOP + plotHeight, WIDTH - 10, TOP + plotHeight, "#888"));
    svg.append(line(LEFT, TOP, WIDTH - 10, TOP, "#ddd"));
    svg.append(text(LEFT - 6, TOP + 4, "end", Texts.number(max)));
    svg.append(text(LEFT - 6, TOP + plotHeight + 4, "end", "0"));
    int labelEvery = Math.max(1, (int) Math.ceil(volume.size() / 8.0));
    for (int i = 0; i < volume.size(); i++) {
      Review.Volume v = volume.get(i);
      double x = LEFT + i * slot + (slot - bar) / 2;
      double answeredHeight = (double) plotHeight * v.answered() / max;
      double unansweredHeight = (double) plotHeight * v.unanswered() / max;
      double base = TOP + plotHeight;
      String tip = Texts.day(v.start()) + " : " + v.answered() + " avec réponse, " + v.unanswered() + " sans réponse";
      svg.append("<g><title>").append(Texts.html(tip)).append("</title>");
      if (v.answered() > 0) {
        svg.append(rect(x, base - answeredHeight, bar, answeredHeight, ANSWERED, "bar answered"));
      }
      if (v.unanswered() > 0) {
        svg.append(rect(x, base - answeredHeight - unansweredHeight, bar, unansweredHeight, UNANSWERED,
            "bar unanswered"));
      }
      svg.append("</g>");
      if (i % labelEvery == 0) {
        svg.append(text(x + bar / 2, HEIGHT - 10, "middle", Texts.shortDay(v.start())));
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one per tally, each labelled on its own line above the bar: no label is ever clipped. */
  static String bars(String id, String title, List<Tally> tallies) {
    return labelledBars(id, title, tallies.stream().map(t -> new Bar(t.label(), t.count(), "")).toList());
  }

  /** Questions per theme, with the trend against the previous period after the count. */
  static String themes(List<Review.ThemeCount> themes) {
    return labelledBars("chart-themes", "Questions par thème, et évolution par rapport à la période précédente",
        themes.stream().map(t -> new Bar(t.theme(), t.count(), t.trend())).toList());
  }

  private record Bar(String label, int count, String note) {}

  private static String labelledBars(String id, String title, List<Bar> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(0));
    int height = Math.max(1, bars.size()) * LABELLED_ROW + 6;
    int barSpace = BARS_WIDTH - 110;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"").append(id).append("\" class=\"chart bars\" viewBox=\"0 0 ").append(BARS_WIDTH).append(' ')
        .append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">")
        .append("<title id=\"").append(id).append("-title\">").append(Texts.html(title)).append("</title>");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 4 + i * LABELLED_ROW;
      double w = Math.max(2, (double) barSpace * b.count() / max);
      svg.append(text(8, y + 14, "start", Texts.shorten(Texts.visible(b.label(), false), LABEL_CHARS)));
      svg.append(rect(8, y + 20, w, 14, ANSWERED, "bar"));
      svg.append(text(8 + w + 6, y + 32, "start",
          Texts.number(b.count()) + (b.note().isEmpty() ? "" : " (" + b.note() + ")")));
    }
    return svg.append("</svg>").toString();
  }

  private static String rect(double x, double y, double w, double h, String fill, String cssClass) {
    return String.format(Locale.ROOT,
        "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", cssClass, x, y, w, h, fill);
  }

  private static String line(double x1, double y1, double x2, double y2, String stroke) {
    return String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>", x1, y1, x2, y2, stroke);
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor)
        + Texts.html(content) + "</text>";
  }
}
