package fr.permanence.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question as the word lists of {@link WorkingLife} and {@link OtherLaw} are matched against it:
 * lower case, without accents (members often leave them out), typographic apostrophes made
 * straight. Thread-safety: stateless.
 */
final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  /** {@code text} in lower case, without accents, with typographic apostrophes made straight. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'');
  }
}
