package fr.permanence.legi;

import fr.permanence.text.PassageText;
import fr.permanence.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a long article along its own structure: first at its "I. -", "II. -" parts, then at
 * "A. -", then at "1°", then at "a)", then between paragraphs, and only as a last resort between
 * sentences. Parts are contiguous spans of the article text; short neighbours are packed together.
 */
public final class ArticleSplitter {
  /** An article up to this many words is quoted whole (the size limit of a document passage). */
  static final int MAX_WORDS = 220;
  /** A part shorter than this says too little alone and joins its neighbour when they fit. */
  static final int MIN_WORDS = 40;

  /** Line markers from the outermost level of an article's structure to the innermost. */
  private static final List<Pattern> LEVELS = List.of(
      Pattern.compile("^[IVXL]+(?: ?(?:bis|ter|quater))?\\s*\\.?\\s*-.*"), // I. - / II.- / III bis. -
      Pattern.compile("^[A-H](?: ?(?:bis|ter))?\\s*\\.\\s*-.*"), // A. - / B.-
      Pattern.compile("^\\d+°.*"), // 1° / 2° bis
      Pattern.compile("^[a-z](?: ?(?:bis|ter))?\\).*")); // a) / b bis)
  /** Index of the roman level: its parts are kept apart even when two of them would fit together. */
  private static final int ROMAN = 0;
  /** Level of plain paragraphs, below every marker. */
  private static final int PARAGRAPH = LEVELS.size();

  /** A span [start, end) of the article text, its size, and whether it opens a structural unit. */
  public record Span(int start, int end, int words, boolean opensUnit) {}

  private record Line(int start, int end, int level, int words) {}

  private ArticleSplitter() {}

  /** The parts of {@code text} as [start, end) spans; a single span when it is short enough. */
  public static List<Span> split(String text) {
    List<Line> lines = lines(text);
    if (lines.isEmpty()) {
      return List.of();
    }
    return split(text, lines);
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end > start) {
        String line = text.substring(start, end);
        lines.add(new Line(start, end, level(line), PassageText.wordCount(line)));
      }
      start = end + 1;
    }
    return lines;
  }

  private static int level(String line) {
    for (int i = 0; i < LEVELS.size(); i++) {
      if (LEVELS.get(i).matcher(line).matches()) {
        return i;
      }
    }
    return PARAGRAPH;
  }

  private static List<Span> split(String text, List<Line> lines) {
    int words = lines.stream().mapToInt(Line::words).sum();
    Line first = lines.get(0);
    Line last = lines.get(lines.size() - 1);
    if (words <= MAX_WORDS) {
      return List.of(new Span(first.start, last.end, words, true));
    }
    if (lines.size() == 1) {
      return sentences(text, first);
    }
    // Cut before every line of the outermost level found after the first line.
    int level = lines.subList(1, lines.size()).stream().mapToInt(Line::level).min().orElseThrow();
    List<List<Line>> segments = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      if (!current.isEmpty() && (line.level == level || level == PARAGRAPH)) {
        segments.add(current);
        current = new ArrayList<>();
      }
      current.add(line);
    }
    segments.add(current);
    List<Span> pieces = new ArrayList<>();
    for (List<Line> segment : segments) {
      List<Span> parts = split(text, segment);
      for (int i = 0; i < parts.size(); i++) {
        Span part = parts.get(i);
        pieces.add(new Span(part.start, part.end, part.words, i == 0));
      }
    }
    return pack(pieces, level == ROMAN);
  }

  /** A paragraph too long for one part: runs of whole sentences. */
  private static List<Span> sentences(String text, Line line) {
    String body = text.substring(line.start, line.end);
    List<Span> pieces = new ArrayList<>();
    boolean firstPiece = true;
    for (int[] sentence : SentenceSplitter.spans(body)) {
      int words = PassageText.wordCount(body.substring(sentence[0], sentence[1]));
      pieces.add(new Span(line.start + sentence[0], line.start + sentence[1], words, firstPiece));
      firstPiece = false;
    }
    return pack(pieces, false);
  }

  /**
   * Joins neighbouring pieces into parts of at most {@link #MAX_WORDS}: as few parts as possible,
   * then as even as possible, so that no tiny tail is left alone. At the roman level the units
   * stay apart instead, unless one of two neighbours is shorter than {@link #MIN_WORDS}.
   */
  private static List<Span> pack(List<Span> pieces, boolean keepUnitsApart) {
    return keepUnitsApart ? packUnits(pieces) : packEvenly(pieces);
  }

  private static List<Span> packUnits(List<Span> pieces) {
    List<Span> parts = new ArrayList<>();
    for (Span piece : pieces) {
      if (!parts.isEmpty()) {
        Span last = parts.get(parts.size() - 1);
        boolean fits = last.words + piece.words <= MAX_WORDS;
        if (fits && (!piece.opensUnit || last.words < MIN_WORDS || piece.words < MIN_WORDS)) {
          parts.set(parts.size() - 1, join(last, piece));
          continue;
        }
      }
      parts.add(piece);
    }
    return parts;
  }

  /** Dynamic programming over cut points: cost = parts × a large weight + sum of squared sizes. */
  private static List<Span> packEvenly(List<Span> pieces) {
    int n = pieces.size();
    long total = pieces.stream().mapToLong(Span::words).sum();
    long partWeight = total * total + 1; // more than any sum of squares: fewer parts always wins
    long[] cost = new long[n + 1];
    int[] cut = new int[n + 1];
    Arrays.fill(cost, Long.MAX_VALUE);
    cost[0] = 0;
    for (int end = 1; end <= n; end++) {
      long words = 0;
      for (int start = end - 1; start >= 0; start--) {
        words += pieces.get(start).words;
        if (words > MAX_WORDS && start < end - 1) {
          break; // a single piece may exceed the limit (one endless sentence); a group may not
        }
        long candidate = cost[start] + partWeight + words * words;
        if (cost[start] != Long.MAX_VALUE && candidate < cost[end]) {
          cost[end] = candidate;
          cut[end] = start;
        }
      }
    }
    List<Span> parts = new ArrayList<>();
    for (int end = n; end > 0; end = cut[end]) {
      Span part = pieces.get(cut[end]);
      for (int i = cut[end] + 1; i < end; i++) {
        part = join(part, pieces.get(i));
      }
      parts.add(0, part);
    }
    return parts;
  }

  private static Span join(Span first, Span second) {
    return new Span(first.start, second.end, first.words + second.words, first.opensUnit);
  }
}
