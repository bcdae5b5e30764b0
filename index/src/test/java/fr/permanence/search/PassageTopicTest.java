package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a passage's larger text is about: an article's plan, a fact sheet's title. */
class PassageTopicTest {
  @Test
  void anArticleIsAboutItsPlaceInTheCodeWithoutNumberingLabels() {
    Article a = new Article("L3141-3", "LEGIARTI000033020826",
        "Partie législative > Troisième partie : Durée du travail, salaire, intéressement, participation et épargne "
            + "salariale > Livre Ier : Durée du travail, repos et congés > Titre IV : Congés payés et autres congés > "
            + "Chapitre Ier : Congés payés > Section 2 : Durée du congé > Sous-section 1 : Ordre public",
        "2016-08-10", "");
    Passage p = new Passage("cdt#L3141-3", "code-du-travail", "Code du travail", 0, "Sous-section 1 : Ordre public",
        "Le salarié a droit à un congé de deux jours et demi ouvrables par mois.", 0, 70, a);

    assertEquals("Troisième partie : Durée du travail, salaire, intéressement, participation et épargne salariale\n"
        + "Durée du travail, repos et congés\nCongés payés et autres congés\nCongés payés\nDurée du congé\nOrdre public",
        PassageFields.topicOf(p));
  }

  @Test
  void aFactSheetSectionIsAboutItsSheet() {
    Passage p = new Passage("fiche#la-rupture-conventionnelle/s2", "fiches-travail", "La rupture conventionnelle", 0,
        "Délai de rétractation", "Chaque partie dispose d'un délai de quinze jours calendaires.", 0, 60, null,
        SourceKind.FICHE, "https://code.travail.gouv.fr/fiche-ministere-travail/la-rupture-conventionnelle", "",
        List.of("L1237-13"));

    assertEquals("La rupture conventionnelle", PassageFields.topicOf(p));
  }

  @Test
  void aUnionDocumentHasNoTopicField() {
    Passage p = new Passage("guide#p3", "guide", "Guide du délégué", 3, "Consultations", "Le CSE est consulté.", 0, 20,
        null);

    assertEquals("", PassageFields.topicOf(p));
  }
}
