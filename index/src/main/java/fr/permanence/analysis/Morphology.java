package fr.permanence.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
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
      return new SnowballFilter(new StemmerOverrideFilter(new FrenchPluralFilter(in), OVERRIDES), new FrenchStemmer());
    }
  };

  /**
   * Forms Snowball reduces to another word's stem, given their family's stem instead (the filter
   * marks them keywords, so Snowball leaves them): the verb "licencier" in the present ("il
   * licencie", "ils licencient", "vous licenciez"), in the simple past, and its participle
   * written without accents ("licenciee") stem to "licenc", the stem of "licence" and
   * "licences"; they get "licenci", the stem of licencier, licencié and licenciement, and the noun
   * "licence" a stem of its own, so that no word of the texts keeps "licenc": a misspelt
   * "licenciment", which Snowball also stems "licenc", then matches no text and is corrected
   * (search.Typos) instead of finding licences. Keys are forms after {@link FrenchPluralFilter}
   * ("licencies" comes as "licencie", "licencions" as "licencion", "licences" as "licence"),
   * lowercase, accents kept. The noun "direction" (a company's management, the usual sense at
   * work: "la direction", "les directions") gets a stem of its own too: Snowball gives it "direct",
   * the stem of the adjective and adverb "direct", "directe", "directement", which say nothing of
   * management ("expression directe des salariés", "directement"), so a question about "la
   * direction" or "le patron" (the colloquial lexicon expands it to "direction") matched every
   * passage saying "directement".
   *
   * <p>Snowball also gives one stem to words of working life that have nothing in common but
   * their first letters; each is given a stem of its own, the more frequent sense keeping
   * Snowball's (frequencies in the code and the fact sheets):
   * <ul>
   *   <li>"délit" (an offence, 57) and "délai" (a time limit, 2,556): del;</li>
   *   <li>"majorité" (a majority of votes, 189) and "majoré", "majoration" (a pay rise, 267): major;</li>
   *   <li>"département" (526) and "départ" (leaving, for holidays or for good, 281): départ;</li>
   *   <li>"collecter", "collecte", "collectée" (gathering data, 82) and "collectif", "collective"
   *       (2,793): collect;</li>
   *   <li>"paye" (pay) and "pays" (a country): pay; "paye" gets the stem of "paie", its other
   *       spelling;</li>
   *   <li>"avenant" (an amendment to a contract) and "avenir" (the future): aven;</li>
   *   <li>"notamment" (1,898, a word of every other article) and "note", "noter": not;</li>
   *   <li>"faut" ("il faut", a member's "faut-il") and "faute" (misconduct): faut;</li>
   *   <li>"marie", "marient" ("je me marie", "ils se marient") and "mars" (the month): mar; they
   *       get "mari", the stem of "marier", "marié", "mariée", joined to "mariage" by the
   *       lexicon's families;</li>
   *   <li>"astreinte", "astreintes" (on-call duty, 86) and "astreint à" (bound to, 6: "le volontaire
   *       est astreint au port de l'uniforme"): astreint.</li>
   * </ul>
   */
  private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
      Map.entry("licenci", List.of("licencie", "licencient", "licenciez", "licencion", "licenciee", "licencierent")),
      Map.entry("licence", List.of("licence")),
      Map.entry("direction", List.of("direction")),
      Map.entry("délit", List.of("délit")),
      Map.entry("majorité", List.of("majorité")),
      Map.entry("département", List.of("département")),
      Map.entry("collecte", List.of("collecte", "collecter", "collectée", "collecté", "collectent", "collectant")),
      Map.entry("pai", List.of("paye")),
      Map.entry("avenant", List.of("avenant")),
      Map.entry("notamment", List.of("notamment")),
      Map.entry("falloir", List.of("faut")),
      Map.entry("mari", List.of("marie", "marient")),
      Map.entry("astreinte", List.of("astreinte")));

  private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides();

  private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    FAMILIES.forEach((stem, forms) -> forms.forEach(form -> builder.add(form, stem)));
    try {
      return builder.build();
    } catch (IOException e) {
      // Built in memory from the constant above: an I/O error here is a bug, not a condition.
      throw new UncheckedIOException(e);
    }
  }

  /** The morphology in use: {@link #SNOWBALL}, unless the system property names another. */
  public static Morphology configured() {
    String name = System.getProperty("permanence.morphology", "");
    return name.isBlank() ? SNOWBALL : valueOf(name.strip().toUpperCase(Locale.ROOT));
  }

  abstract TokenStream stem(TokenStream in);
}
