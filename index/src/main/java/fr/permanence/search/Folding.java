package fr.permanence.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question as word lists are matched against it ({@link WorkingLife}, {@link OtherLaw},
 * {@link Situations}, and the answer's notices): lower case, without accents (members often leave
 * them out), typographic apostrophes made straight. Thread-safety: stateless.
 */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  /** {@code text} in lower case, without accents, with typographic apostrophes made straight. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'');
  }
}
