package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of the articles a matching passage cites it lends its score to ({@link CitedArticles}):
 * a fact sheet's section cites a whole range of articles, and its passage that answers states
 * one of them by number ("selon l'article L. 1221-19"); that one comes first, not a sibling of the
 * range whose own words happen to match better. Shown with and without the knob.
 */
class StatedArticlesTest {
  private static final String TRIAL_PLAN = "Partie législative > Première partie : Les relations individuelles de "
      + "travail > Livre II : Le contrat de travail > Section 4 : Période probatoire";
  private static final String EQUIPMENT_PLAN = "Partie réglementaire > Quatrième partie : Santé et sécurité au "
      + "travail > Livre III : Équipements de travail";

  private static Passage article(String number, String plan, String text) {
    return CodeArticleRankingTest.article(number, plan, text);
  }

  /** A fact sheet's passage whose section cites {@code cited}. */
  private static Passage sheet(String id, String title, String section, String text, List<String> cited) {
    return new Passage(id, "fiches-travail", title, 0, section, text, 0, text.length(), null, SourceKind.FICHE,
        "", "", cited);
  }

  private static final List<Passage> PASSAGES = List.of(
      // Two articles of one range: the first states the limit in words far from a member's, the
      // second shares "essai" with the question but says how to end the trial.
      article("L1221-19", TRIAL_PLAN, "La phase probatoire des ingénieurs et assimilés est encadrée."),
      article("L1221-25", TRIAL_PLAN, "Le salarié qui rompt son essai prévient l'employeur dans un délai qui "
          + "dépend de sa présence dans l'entreprise, de quelques heures à quelques jours. Faute de l'avoir "
          + "respecté, l'employeur verse une indemnité compensatrice."),
      sheet("fiche#essai/duree", "La période d'essai", "Combien de temps dure l'essai ?",
          "Selon l'article L. 1221-19, les règles de l'essai d'un cadre sont strictes.",
          List.of("L1221-19", "L1221-25")),
      // Articles where "essai" is a test of equipment: the word is common in the code.
      article("R4323-22", EQUIPMENT_PLAN, "L'essai des appareils de levage est réalisé avant leur mise en service."),
      article("R4323-23", EQUIPMENT_PLAN, "Les résultats de chaque essai sont consignés dans un registre."));

  private static final PassageSource SOURCE = new FixedSource("stated-articles-test-1", PASSAGES);

  /** The first article among the first ten passages. */
  private static String firstArticle(Path dir, String question, RankingParameters parameters) {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT,
          parameters);
      return searcher.search(question, 10).hits().stream().map(h -> h.passage().article())
          .filter(Objects::nonNull).map(Article::number).findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No prior nor topic: the question's words and the lending sections alone decide. */
  private static final RankingParameters WORDS = RankingParameters.DEFAULTS.with("topicBoost", 0)
      .with("articleUncited", 0).with("articleRegulatory", 1).with("articlePeripheral", 1).with("citedShare", 0.45);

  @Test
  void theArticleAPassageNamesComesBeforeItsSiblingsOfTheCitedRange(@TempDir Path dir) {
    String question = "Quelles règles strictes pour l'essai d'un cadre ?";
    // Every cited article gains alike: the sibling sharing "essai" wins.
    assertEquals("L1221-25", firstArticle(dir, question, WORDS.with("citedUnnamed", 1)));
    // The passage names L1221-19: it lends its sibling half as much.
    assertEquals("L1221-19", firstArticle(dir, question, WORDS.with("citedUnnamed", 0.5)));
  }
}
