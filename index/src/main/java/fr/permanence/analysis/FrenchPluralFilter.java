package fr.permanence.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Brings plurals back to the singular before the Snowball stemmer, which handles the singular
 * of short words and the plural present of verbs badly:
 *
 * <ul>
 *   <li>verbs in -er: "revendiquons" and "revendiquent" become "revendique", "embauchent"
 *       "embauche", "travaillons" "travaille" — only after the consonant groups that end verb
 *       stems and hardly any noun or adjective ({@code qu ch gn ll ss}), so that "client",
 *       "agent", "accident" are left as they are;</li>
 *   <li>nouns and adjectives: a final "s" goes ("élus" → "élu", "essais" → "essai"), except after
 *       another "s" ("process").</li>
 * </ul>
 *
 * Runs on lowercase text; keywords (acronyms, legal references) are left alone.
 */
final class FrenchPluralFilter extends TokenFilter {
  /** Shortest verb rewritten: "mangent" (7) is the shortest verb of the kind worth joining. */
  private static final int MIN_VERB_LENGTH = 7;
  /** Shortest word losing its "s": "élus" (4); "les", "des", "ses" are stop words anyway. */
  private static final int MIN_PLURAL_LENGTH = 4;
  private static final String[] STEM_ENDS = {"qu", "ch", "gn", "ll", "ss"};

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  FrenchPluralFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String singular = singular(term.toString());
      if (singular != null) {
        term.setEmpty().append(singular);
      }
    }
    return true;
  }

  /** The singular of {@code word}, or null when it is not recognisably a plural. */
  static String singular(String word) {
    if (word.length() >= MIN_VERB_LENGTH) {
      String ending = word.endsWith("ent") ? "ent" : word.endsWith("ons") && !word.endsWith("ions") ? "ons" : null;
      if (ending != null) {
        String stem = word.substring(0, word.length() - ending.length());
        for (String end : STEM_ENDS) {
          if (stem.endsWith(end)) {
            return stem + "e";
          }
        }
      }
    }
    if (word.length() >= MIN_PLURAL_LENGTH && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return null;
  }
}
