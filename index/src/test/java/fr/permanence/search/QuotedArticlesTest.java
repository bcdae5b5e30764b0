package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fact sheet's passage copying an article's sentence names that article, though it writes no
 * number ({@link QuotedArticles}); a phrase several articles share, or a run shorter than
 * {@link QuotedArticles#RUN} words, names none.
 */
class QuotedArticlesTest {
  private static final String TRIAL_PLAN = "Partie législative > Première partie : Les relations individuelles de "
      + "travail > Livre II : Le contrat de travail > Section 4 : Période d'essai";

  private static final Passage WRITTEN = CodeArticleRankingTest.article("L1221-23", TRIAL_PLAN,
      "La période d'essai et la possibilité de la renouveler ne se présument pas. Elles sont expressément "
          + "stipulées dans la lettre d'engagement ou le contrat de travail.");
  private static final Passage LENGTH = CodeArticleRankingTest.article("L1221-19", TRIAL_PLAN,
      "Le contrat de travail à durée indéterminée peut comporter une période d'essai dont la durée maximale est "
          + "de quatre mois pour les cadres.");
  /** A sentence two articles share word for word. */
  private static final String COMMON = "Les modalités d'application du présent article sont déterminées par décret "
      + "en Conseil d'Etat après avis de la commission.";
  private static final Passage SHARED_1 = CodeArticleRankingTest.article("L1000-1", TRIAL_PLAN, COMMON);
  private static final Passage SHARED_2 = CodeArticleRankingTest.article("L1000-2", TRIAL_PLAN, COMMON);

  private static Passage sheet(String id, String text) {
    return new Passage(id, "fiches-travail", "La période d'essai", 0, "Conditions", text, 0, text.length(), null,
        SourceKind.FICHE, "", "", List.of());
  }

  /** Copies L. 1221-23's second sentence, with the sheet's own words around it. */
  private static final Passage QUOTING = sheet("fiche#essai/conditions",
      "Pas d'essai sans écrit : elles sont expressément stipulées dans la lettre d'engagement ou le contrat de "
          + "travail, faute de quoi le salarié est engagé définitivement.");
  /** Shares only eight words with L. 1221-19. */
  private static final Passage PARAPHRASING = sheet("fiche#essai/duree",
      "Une période d'essai dont la durée maximale est fixée par la loi selon la catégorie du salarié.");
  /** Shares a whole sentence with two articles at once. */
  private static final Passage BOILERPLATE = sheet("fiche#essai/decret", COMMON);

  @Test
  void aSheetQuotingOneArticleWordForWordNamesIt() {
    assertEquals(Map.of("fiche#essai/conditions", List.of("L1221-23")),
        QuotedArticles.of(List.of(WRITTEN, LENGTH, SHARED_1, SHARED_2, QUOTING, PARAPHRASING, BOILERPLATE)));
  }

  @Test
  void aPhraseOfArtTheCodeWritesInSeveralArticlesIsNoQuotation() {
    Passage suspends = CodeArticleRankingTest.article("L1225-1", TRIAL_PLAN, "Le congé de maternité, de paternité "
        + "et d'accueil de l'enfant ou d'adoption suspend le contrat de travail.");
    Passage protects = CodeArticleRankingTest.article("L1225-2", TRIAL_PLAN, "Pendant le congé de maternité, de "
        + "paternité et d'accueil de l'enfant et d'adoption, le salarié ne peut être licencié.");
    // Twelve words of the sheet are L. 1225-1's only ("… ou d'adoption"), their first eight are both articles'.
    Passage allowance = sheet("fiche#allocation/cumul", "L'allocation n'est pas cumulable avec l'indemnisation "
        + "des congés de maternité, de paternité et d'accueil de l'enfant ou d'adoption.");
    // Copying on to what the article says of it is quoting it.
    Passage leave = sheet("fiche#conges/suspension", "Le congé de maternité, de paternité et d'accueil de "
        + "l'enfant ou d'adoption suspend le contrat de travail, qui reprend ensuite.");
    assertEquals(Map.of("fiche#conges/suspension", List.of("L1225-1")),
        QuotedArticles.of(List.of(suspends, protects, allowance, leave)));
  }

  /** The runs a quotation is looked up by. */
  private static long[] runs(String text) {
    return QuotedArticles.runs(text, QuotedArticles.RUN);
  }

  @Test
  void wordsAreComparedWhateverTheirCaseAndPunctuation() {
    assertEquals(runs("Elles sont expressément stipulées dans la lettre d'engagement ou le contrat de"
        + " travail.")[0], runs("ELLES SONT EXPRESSÉMENT STIPULÉES, DANS LA LETTRE D’ENGAGEMENT OU"
        + " LE CONTRAT DE TRAVAIL")[0]);
    assertEquals(0, runs("Onze mots seulement ne font pas une citation de l'article").length);
    // The code writes its numbers in words, the sheets in digits.
    assertEquals(runs("La durée totale du congé exigible ne peut excéder trente jours ouvrables.")[0],
        runs("La durée totale du congé exigible ne peut excéder 30 jours ouvrables (5 semaines)")[0]);
  }

  /** The article the quoting sheet copies, far in words from the question, and a sibling repeating them. */
  private static final Passage SIBLING = CodeArticleRankingTest.article("L1221-21", TRIAL_PLAN,
      "La période d'essai peut être renouvelée une fois si un accord de branche étendu le prévoit ; la période "
          + "d'essai du contrat est alors écrite dans l'accord.");
  private static final Passage QUOTING_ANSWER = sheet("fiche#essai/ecrit",
      "La période d'essai doit-elle être écrite dans le contrat ? Oui : elles sont expressément stipulées dans la "
          + "lettre d'engagement ou le contrat de travail.");

  private static List<String> articles(Path dir, List<Passage> passages, String question) {
    PassageSource source = new FixedSource("quoted-articles-test-" + passages.size(), passages);
    try (PassageIndex index = PassageIndex.open(dir, source)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      return searcher.search(question, 10).hits().stream()
          .filter(h -> h.passage().article() != null).map(h -> h.passage().article().number()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSheetAnsweringLendsTheArticleItQuotes(@TempDir Path dir) {
    String question = "la période d'essai doit-elle être écrite dans le contrat ?";
    // Without the quoting sheet, the sibling repeating the question's words comes first.
    assertEquals(List.of("L1221-21", "L1221-23"), articles(dir.resolve("alone"), List.of(WRITTEN, SIBLING), question));
    // The sheet answers in the question's words and quotes L. 1221-23, which it lends its score.
    assertEquals(List.of("L1221-23", "L1221-21"),
        articles(dir.resolve("quoted"), List.of(WRITTEN, SIBLING, QUOTING_ANSWER), question));
  }
}
