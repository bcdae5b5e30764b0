package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prior factor of an article, and the fact-sheet sections citing it, counted from the sources. */
class ArticlePriorTest {
  private static Passage sheet(String id, String title, String section, List<String> cites) {
    return new Passage(id, "fiches-travail", title, 0, section, "texte", 0, 5, null, SourceKind.FICHE, "", "", cites);
  }

  @Test
  void aSectionCutIntoPassagesCitesOnce() {
    List<Passage> passages = List.of(
        sheet("fiche#a/duree", "Le préavis", "Quelle durée ?", List.of("L1234-1", "L1234-5")),
        sheet("fiche#a/duree~2", "Le préavis", "Quelle durée ?", List.of("L1234-1", "L1234-5")),
        sheet("fiche#a/dispense", "Le préavis", "Dispense", List.of("L1234-5")),
        sheet("fiche#b/duree", "La démission", "Quelle durée ?", List.of("L1234-5")),
        new Passage("guide#p1", "guide", "Guide", 1, "", "L. 1234-9 s'applique.", 0, 20, null));
    assertEquals(Map.of("L1234-1", 1, "L1234-5", 3), ArticlePrior.citingSections(passages));
  }

  @Test
  void anArticleOfTheCoreTopicsCountsAsCitedOftenWhateverTheSheetsSay() {
    Map<String, Integer> sheets = Map.of("L1222-4", 0, "L2312-8", 40, "L1234-5", 3);
    assertEquals(10, ArticlePrior.citing("L1222-4", sheets)); // no sheet on monitoring at work
    assertEquals(10, ArticlePrior.citing("L2242-17", sheets)); // absent from the sheets' counts
    assertEquals(40, ArticlePrior.citing("L2312-8", sheets)); // cited more than that already
    assertEquals(3, ArticlePrior.citing("L1234-5", sheets)); // not a core article
    assertEquals(0, ArticlePrior.citing("L1234-9", sheets));
  }

  @Test
  void factorFallsWithoutCitationsForDecreesAndAwayFromTheOrdinaryPlan() {
    ArticlePrior.Weights w = new ArticlePrior.Weights(0.4, 0.8, 0.5);
    assertEquals(0.6, w.factor(0, false, false), 1e-9);
    assertEquals(0.8, w.factor(ArticlePrior.CITATION_PIVOT_SECTIONS, false, false), 1e-9);
    assertEquals(0.8 * 0.8, w.factor(ArticlePrior.CITATION_PIVOT_SECTIONS, true, false), 1e-9);
    assertEquals(0.6 * 0.8 * 0.5, w.factor(0, true, true), 1e-9);
    assertEquals(1.0, ArticlePrior.Weights.NONE.factor(0, true, true), 1e-9);
  }

  @Test
  void weightsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ArticlePrior.Weights(1.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ArticlePrior.Weights(0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new ArticlePrior.Weights(0, 1, 2));
  }
}
