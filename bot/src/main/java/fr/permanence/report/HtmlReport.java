package fr.permanence.report;

import fr.permanence.text.Plural;
import java.util.List;

/**
 * The review as one self-contained HTML page: inline CSS and SVG, no script, no font, no link
 * to fetch; readable on a phone. Members' words are escaped, their control characters made
 * visible, their direction isolated ({@code <bdi>}), and long ones folded.
 */
final class HtmlReport {
  /** Wordings longer than this (in code points) are folded behind their beginning. */
  private static final int FOLD_OVER = 400;
  /** How much of a folded wording shows. */
  private static final int FOLDED_PREVIEW = 160;

  private static final String CSS = """
      :root{color-scheme:light;--ink:#1d2430;--muted:#5b6472;--line:#dde1e7;--blue:%s;--red:%s}
      *{box-sizing:border-box}
      body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f7f9}
      main{max-width:60rem;margin:0 auto;padding:1rem}
      h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line)}
      .muted{color:var(--muted)}
      .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;margin:1rem 0}
      .figure{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.6rem}
      .figure b{display:block;font-size:1.4rem}
      .chart{width:100%%;height:auto;display:block;background:#fff;border:1px solid var(--line);border-radius:.5rem}
      .chart text{font:12px system-ui,sans-serif;fill:var(--muted)}
      .legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem;vertical-align:middle}
      .group{background:#fff;border:1px solid var(--line);border-left:4px solid var(--blue);border-radius:.5rem;padding:.6rem .8rem;margin:.6rem 0}
      .gap .group{border-left-color:var(--red)}
      .group h3{font-size:1rem;margin:0 0 .3rem}
      .count{display:inline-block;min-width:2.2rem;text-align:center;background:var(--blue);color:#fff;border-radius:1rem;padding:0 .5rem;margin-right:.4rem}
      .gap .count{background:var(--red)}
      ul{margin:.3rem 0;padding-left:1.2rem}
      .wording,bdi,td,li,summary{overflow-wrap:anywhere;word-break:break-word;white-space:pre-wrap}
      details summary{cursor:pointer}
      .table{overflow-x:auto}
      table{border-collapse:collapse;width:100%%;background:#fff}
      th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
      footer{margin:2rem 0 1rem;font-size:.9rem;color:var(--muted)}
      """.formatted(SvgCharts.ANSWERED, SvgCharts.UNANSWERED);

  private final Review review;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  HtmlReport(Review review) {
    this.review = review;
  }

  String render() {
    String title = "Bilan des questions " + Texts.period(review);
    out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Texts.html(title)).append("</title>\n<style>").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<main>\n")
        .append("<h1>Bilan des questions à la permanence</h1>\n<p class=\"muted\">")
        .append(Texts.html(Texts.period(review))).append("</p>\n");
    figures();
    volume();
    groups("recurring", "", "Questions récurrentes", review.recurring(),
        "Aucune question posée plus d'une fois sur la période.",
        "Questions de même formulation ou auxquelles le bot a répondu par le même passage.");
    groups("unanswered", " gap", "Questions sans réponse", review.unanswered(),
        "Le bot a trouvé une réponse à toutes les questions de la période.",
        "Les documents ne couvrent pas ces sujets : autant de pistes pour les formations ou le corpus."
            + (review.unansweredGroups() > review.unanswered().size()
                ? " Les " + review.unanswered().size() + " sujets les plus demandés sur " + review.unansweredGroups() + "."
                : ""));
    badlyRated();
    sources();
    out.append("<footer>Les membres n'apparaissent que sous pseudonyme ; le journal est effacé au bout de sa durée de"
        + " conservation et chacun peut demander l'effacement de ses questions (commande oubli).</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void figures() {
    out.append("<section class=\"figures\">\n");
    figure(Texts.number(review.total()), Plural.form(review.total(), "question", "questions"));
    figure(review.answeredPercent() + " %", "avec réponse");
    figure(Texts.number(review.members()), Plural.form(review.members(), "membre", "membres"));
    figure(review.satisfactionPercent() < 0 ? "—" : review.satisfactionPercent() + " %",
        "satisfaits (" + review.up() + " 👍, " + review.down() + " 👎)");
    figure(Texts.latency(review.medianLatencyMicros()), "délai médian de réponse");
    out.append("</section>\n");
  }

  private void figure(String value, String label) {
    out.append("<div class=\"figure\"><b>").append(Texts.html(value)).append("</b>")
        .append(Texts.html(label)).append("</div>\n");
  }

  private void volume() {
    out.append("<section id=\"volume\">\n<h2>Questions par ").append(review.weekly() ? "semaine" : "jour")
        .append("</h2>\n").append(SvgCharts.volume(review.volume(), review.weekly())).append('\n')
        .append("<p class=\"legend muted\"><span style=\"background:").append(SvgCharts.ANSWERED)
        .append("\"></span>avec réponse<span style=\"background:").append(SvgCharts.UNANSWERED)
        .append("\"></span>sans réponse</p>\n</section>\n");
  }

  private void groups(String id, String cssClass, String title, List<QuestionGroup> groups, String none, String intro) {
    out.append("<section id=\"").append(id).append("\" class=\"groups").append(cssClass).append("\">\n<h2>")
        .append(Texts.html(title)).append("</h2>\n");
    if (groups.isEmpty()) {
      out.append("<p class=\"muted\">").append(Texts.html(none)).append("</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"muted\">").append(Texts.html(intro)).append("</p>\n");
    for (QuestionGroup g : groups) {
      out.append("<article class=\"group\">\n<h3><span class=\"count\">").append(g.count()).append("</span>")
          .append(wording(g.label())).append("</h3>\n<p class=\"muted\">")
          .append(Texts.html(Texts.count(g.members(), "membre", "membres") + " · "
              + Texts.satisfaction(g.satisfactionPercent(), g.up(), g.down())))
          .append("</p>\n");
      if (g.examples().size() > 1) {
        out.append("<p>Autres formulations :</p>\n<ul>\n");
        for (String example : g.examples().subList(1, g.examples().size())) {
          out.append("<li>").append(wording(example)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (!g.passages().isEmpty()) {
        out.append("<p>Passages cités :</p>\n<ul>\n");
        for (Tally p : g.passages()) {
          out.append("<li>").append(Texts.html(Texts.visible(p.label(), false))).append(" — ")
              .append(Texts.count(p.count(), "fois", "fois")).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private void badlyRated() {
    out.append("<section id=\"badly-rated\">\n<h2>Réponses mal notées</h2>\n");
    if (review.badlyRated().isEmpty()) {
      out.append("<p class=\"muted\">Aucune réponse notée 👎 sur la période.</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"table\"><table>\n<thead><tr><th>Question</th><th>Avis</th><th>Raisons</th>"
        + "<th>Passages cités</th></tr></thead>\n<tbody>\n");
    for (Review.RatedAnswer a : review.badlyRated()) {
      out.append("<tr><td>").append(wording(a.question())).append("<br><small class=\"muted\">")
          .append(Texts.html(Texts.moment(a.at(), review.zone()) + " · " + a.mode())).append("</small></td><td>")
          .append(a.down()).append(" 👎");
      if (a.up() > 0) {
        out.append(", ").append(a.up()).append(" 👍");
      }
      out.append("</td><td>");
      for (String reason : a.reasons()) {
        out.append(wording(reason)).append("<br>");
      }
      out.append("</td><td>");
      for (String passage : a.passages()) {
        out.append(Texts.html(Texts.visible(passage, false))).append("<br>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void sources() {
    out.append("<section id=\"sources\">\n<h2>Documents les plus cités</h2>\n");
    if (review.documents().isEmpty()) {
      out.append("<p class=\"muted\">Aucun document cité sur la période.</p>\n");
    } else {
      out.append(SvgCharts.bars("chart-documents", "Documents cités, en nombre de questions", review.documents()))
          .append('\n');
    }
    out.append("<h2>Articles du Code du travail les plus cités</h2>\n");
    if (review.articles().isEmpty()) {
      out.append("<p class=\"muted\">Aucun article cité sur la période.</p>\n");
    } else {
      out.append(SvgCharts.bars("chart-articles", "Articles cités, en nombre de questions", review.articles()))
          .append('\n');
    }
    out.append("</section>\n");
  }

  /** A member's words: escaped, controls visible, direction isolated, folded when long. */
  private static String wording(String text) {
    String visible = Texts.visible(text.strip(), true);
    int length = Texts.codePoints(visible);
    if (length <= FOLD_OVER) {
      return "<bdi class=\"wording\">" + Texts.html(visible) + "</bdi>";
    }
    return "<details><summary><bdi>" + Texts.html(Texts.shorten(visible, FOLDED_PREVIEW)) + "</bdi> ("
        + Texts.number(length) + " caractères)</summary><bdi class=\"wording\">" + Texts.html(visible)
        + "</bdi></details>";
  }
}
