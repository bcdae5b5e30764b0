package fr.permanence.legi;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article numbers of the Code du travail written one way: {@code L2312-8}, {@code R*4412-1},
 * {@code L1251-58-1 A}. Accepts the spellings found in the package and in questions
 * ("L. 2312-8", "l 2312‑8", "art. L.2242-17"); anything else (annexes) is only trimmed.
 */
public final class ArticleNumber {
  /** Letter, optional star (décret en Conseil d'État), dash-separated digit groups, optional suffix. */
  private static final Pattern ARTICLE = Pattern.compile(
      "(?:art(?:icle)?\\.?\\s*)?([LRDA])\\s*\\.?\\s*(\\*?)\\s*(\\d+(?:\\s*-\\s*\\d+)*)(?:\\s+([A-Z]|bis|ter|quater))?",
      Pattern.CASE_INSENSITIVE);

  private ArticleNumber() {}

  /** The normalized number, or the trimmed input with single spaces when it is not an article number. */
  public static String normalize(String raw) {
    String text = collapse(raw);
    Matcher m = ARTICLE.matcher(text);
    if (!m.matches()) {
      return text;
    }
    String suffix = m.group(4) == null ? "" : " " + suffix(m.group(4));
    return m.group(1).toUpperCase(Locale.ROOT) + m.group(2) + m.group(3).replaceAll("\\s+", "") + suffix;
  }

  /** Whether {@code number} (normalized) has the shape of an article number rather than an annex title. */
  public static boolean isArticleNumber(String number) {
    return ARTICLE.matcher(number).matches();
  }

  private static String suffix(String s) {
    return s.length() == 1 ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
  }

  /** Dashes of every kind become '-', runs of white space (no-break ones too) one space. */
  static String collapse(String raw) {
    if (raw == null) {
      return "";
    }
    String dashes = raw.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-");
    return dashes.replaceAll("[\\s\u00a0\u202f]+", " ").strip();
  }
}
