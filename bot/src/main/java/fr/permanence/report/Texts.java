package fr.permanence.report;

import fr.permanence.text.Plural;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows members' words safely in every format, and French numbers and dates. */
final class Texts {
  static final Locale FRENCH = Locale.FRANCE;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", FRENCH);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", FRENCH);
  /** First strong isolate and pop directional isolate: RTL marks or overrides inside stay inside. */
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';
  private static final char REPLACEMENT = '\uFFFD';

  private Texts() {}

  /**
   * The text with every control character made visible: C0 controls as their Unicode control
   * pictures (U+0007 as ␇), DEL as ␡, C1 controls as "U+0085"; line feeds and tabs kept when
   * {@code keepLines}; lone surrogates as U+FFFD. Everything else verbatim, RTL marks included.
   */
  static String visible(String text, boolean keepLines) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\n' || c == '\t') && keepLines) {
        out.append(c);
      } else if (c < 0x20) {
        out.append((char) (0x2400 + c));
      } else if (c == 0x7f) {
        out.append('\u2421');
      } else if (c >= 0x80 && c <= 0x9f) {
        out.append("U+").append(String.format("%04X", (int) c));
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** For plain text and Markdown: visible, on one line, isolated from the surrounding direction. */
  static String isolated(String text) {
    return FSI + visible(text, false) + PDI;
  }

  /** HTML-escapes text that is already {@link #visible}. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** At most {@code max} code points of {@code text}, with "…" when cut; never splits a surrogate pair. */
  static String shorten(String text, int max) {
    String t = text.strip();
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    return t.substring(0, t.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  /** 12345 as "12 345" (French grouping with a narrow no-break space). */
  static String number(long n) {
    return String.format(FRENCH, "%,d", n).replace('\u00a0', '\u202f');
  }

  static String day(Instant at, ZoneId zone) {
    return DAY.format(at.atZone(zone));
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String shortDay(LocalDate date) {
    return SHORT_DAY.format(date);
  }

  static String moment(Instant at, ZoneId zone) {
    return MOMENT.format(at.atZone(zone));
  }

  /** "du 13 février 2026 au 15 mars 2026". */
  static String period(Review review) {
    return "du " + day(review.from(), review.zone()) + " au " + day(review.to().minusMillis(1), review.zone());
  }

  /** "1 question" / "12 questions". */
  static String count(long n, String one, String many) {
    return number(n) + " " + Plural.form(n, one, many);
  }

  /** "83 % satisfaits (10 👍, 2 👎)" or "pas encore noté". */
  static String satisfaction(int percent, int up, int down) {
    if (percent < 0) {
      return "pas encore noté";
    }
    return percent + " % satisfaits (" + up + " 👍, " + down + " 👎)";
  }

  /** Milliseconds, one decimal under 10 ms. */
  static String latency(long micros) {
    return micros < 10_000 ? String.format(FRENCH, "%.1f ms", micros / 1000.0) : number(micros / 1000) + " ms";
  }
}
