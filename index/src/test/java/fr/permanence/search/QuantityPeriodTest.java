package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question naming the period its quantity is counted by ("par mois") is answered by the article
 * giving the figure per that period, not by a neighbour repeating the question's words with a
 * figure counted by none ({@link Quantities}, {@link RankingParameters#quantityPeriodMismatch()}).
 * Shown with and without the knob.
 */
class QuantityPeriodTest {
  private static final String REST_PLAN = "Partie législative > Troisième partie : Durée du travail, salaire, "
      + "intéressement, participation et épargne salariale > Titre IV : Congés payés et autres congés";

  private static final List<Passage> PASSAGES = List.of(
      // The figure per month, in few of the question's words.
      CodeArticleRankingTest.article("L3141-3", REST_PLAN,
          "Le salarié acquiert deux jours et demi ouvrables de congé par mois de travail effectif."),
      // The question's words again and again, with a number of days counted by no period.
      CodeArticleRankingTest.article("L3141-19", REST_PLAN,
          "Les jours de congé sont fractionnés : douze jours de congé continus en été, les autres jours dans "
              + "les mois qui suivent."));

  private static final FixedSource SOURCE = new FixedSource("quantity-period-test-1", PASSAGES);

  private static String first(Path dir, String question, RankingParameters parameters) {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT,
          parameters);
      return searcher.search(question, 10).hits().get(0).passage().article().number();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No prior nor topic nor cited sections: the question's words and the quantities alone decide. */
  private static final RankingParameters WORDS = RankingParameters.DEFAULTS.with("topicBoost", 0)
      .with("articleUncited", 0).with("articleRegulatory", 1).with("articlePeripheral", 1);

  @Test
  void theFigurePerThePeriodAskedComesBeforeAFigureCountedByNone(@TempDir Path dir) {
    String question = "On gagne combien de jours de congé chaque mois ?";
    assertEquals("L3141-19", first(dir, question, WORDS.with("quantityPeriodMismatch", 0)));
    assertEquals("L3141-3", first(dir, question, WORDS.with("quantityPeriodMismatch", 1)));
  }

  @Test
  void withoutAPeriodAskedAnyFigureOfTheUnitAnswers(@TempDir Path dir) {
    // The same words, no period named: the knob changes nothing.
    String question = "On a combien de jours de congé continus ?";
    assertEquals(first(dir, question, WORDS.with("quantityPeriodMismatch", 0)),
        first(dir, question, WORDS.with("quantityPeriodMismatch", 1)));
  }
}
