package fr.permanence.fiches;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The address segment code.travail.gouv.fr gives a fact sheet, from its title: the rule of the
 * {@code slugify} npm library in strict, lower-case mode that its site uses (letters folded to
 * ASCII, every other sign dropped, apostrophes included, words joined by hyphens):
 * "La période d'essai" becomes {@code la-periode-dessai}.
 */
final class Slug {
  private Slug() {}

  static String of(String title) {
    String folded = Normalizer.normalize(title.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
        .replace("Æ", "AE").replace("&", " and ").replace("%", " percent "), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out.append(c);
      } else if (Character.isWhitespace(c) || c == '-' || Character.isSpaceChar(c)) {
        out.append(' ');
      } // accents (combining marks) and other signs are dropped
    }
    return out.toString().strip().replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
  }
}
