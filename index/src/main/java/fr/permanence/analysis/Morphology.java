package fr.permanence.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * How words are reduced to a common form, on lowercase text with its accents (the analyzer folds
 * accents after). Both join singular and plural, masculine and feminine; they differ on
 * derivations and verbs:
 *
 * <ul>
 *   <li>{@link #LIGHT}: Lucene's light French stemmer (Savoy), on folded text: inflections only,
 *       so "appliqué" (apliqu) and "application" (aplic) stay apart;</li>
 *   <li>{@link #SNOWBALL}: the Snowball French stemmer, which also strips derivational and verb
 *       endings ("appliqué", "application" → appliqu; "paie", "payer", "payé" → pai), after
 *       {@link FrenchPluralFilter} has brought plurals ("élus", "revendiquons", "embauchent") back to the
 *       singular it knows.</li>
 * </ul>
 *
 * The default is chosen by measurement (see the README, "Quality"); the system property
 * {@code permanence.morphology} selects another for such measurements (part of the index
 * fingerprint, so switching rebuilds the index).
 */
public enum Morphology {
  LIGHT {
    @Override
    TokenStream stem(TokenStream in) {
      return new FrenchLightStemFilter(new ASCIIFoldingFilter(in));
    }
  },
  SNOWBALL {
    @Override
    TokenStream stem(TokenStream in) {
      return new SnowballFilter(new FrenchPluralFilter(in), new FrenchStemmer());
    }
  };

  /** The morphology in use: {@link #SNOWBALL}, unless the system property names another. */
  public static Morphology configured() {
    String name = System.getProperty("permanence.morphology", "");
    return name.isBlank() ? SNOWBALL : valueOf(name.strip().toUpperCase(Locale.ROOT));
  }

  abstract TokenStream stem(TokenStream in);
}
