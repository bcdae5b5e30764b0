package fr.permanence.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to articles of the Code du travail in any of their usual spellings —
 * {@code L.2312-8}, {@code L. 2312-8}, {@code L 2312-8}, {@code article L2312-8},
 * {@code art. L. 2312-8}, {@code L. 2312-37/38} — and gives them one normal form,
 * {@code L2312-8}. Legislative (L), regulatory (R) and decree (D) articles alike.
 */
public final class LegalReferences {
  /** Letter, 4-digit number, hyphen, one or two sub-numbers; "/38" names a sibling article. */
  public static final Pattern REFERENCE = Pattern.compile(
      "(?<![\\p{L}\\d])(?:art(?:icle)?s?\\s{0,2}\\.?\\s{0,2})?([LRDlrd])\\s{0,2}\\.?\\s{0,2}(\\d{4})"
          + "\\s{0,2}[-‑–]\\s{0,2}(\\d{1,3})(?:[-‑–](\\d{1,3}))?(?:\\s{0,2}/\\s{0,2}(\\d{1,3}))?(?![\\d])");

  private LegalReferences() {}

  /** The distinct references in {@code text}, in order of appearance, in normal form. */
  public static List<String> find(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String base = m.group(1).toUpperCase(Locale.ROOT) + m.group(2) + "-";
      found.add(base + m.group(3) + (m.group(4) == null ? "" : "-" + m.group(4)));
      if (m.group(5) != null) {
        found.add(base + m.group(5));
      }
    }
    return new ArrayList<>(found);
  }

  /** Normal form of one reference, or {@code null} when {@code text} is not one. */
  public static String normalize(String text) {
    List<String> refs = find(text.strip());
    return refs.isEmpty() ? null : refs.get(0);
  }

  /** The single index token standing for a reference: {@code L2312-8} becomes {@code l2312_8}. */
  public static String token(String normalized) {
    return normalized.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * Rewrites every reference in {@code text} as its index token, so that the tokenizer keeps it
   * whole: "art. L. 2312-37/38" becomes "l2312_37 l2312_38".
   */
  static String rewrite(CharSequence text) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String base = m.group(1).toLowerCase(Locale.ROOT) + m.group(2) + "_";
      String first = base + m.group(3) + (m.group(4) == null ? "" : "_" + m.group(4));
      String replacement = m.group(5) == null ? first : first + " " + base + m.group(5);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
