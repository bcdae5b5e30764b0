package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a passage's larger text is about: an article's plan, a fact sheet's title; and the heading
 * searched beside a passage's own when its own says nothing of its subject.
 */
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

  private static final String DUREE_DU_CONGE = "Partie législative > Troisième partie : Durée du travail, salaire, "
      + "intéressement, participation et épargne salariale > Livre Ier : Durée du travail, repos et congés > Titre IV "
      + ": Congés payés et autres congés > Chapitre Ier : Congés payés > Section 2 : Durée du congé";

  @Test
  void anArticleUnderAHeadingSayingHowRulesApplyIsHeadedByItsSubject() {
    Article a = new Article("L3141-3", "", DUREE_DU_CONGE + " > Sous-section 1 : Ordre public", "", "");
    Passage p = new Passage("cdt#L3141-3", "code-du-travail", "Code du travail", 0, "Sous-section 1 : Ordre public",
        "Le salarié a droit à un congé de deux jours et demi ouvrables par mois.", 0, 70, a);

    assertEquals("Durée du congé", PassageFields.searchedHeading(p));
  }

  @Test
  void anArticleUnderAHeadingNamingItsSubjectNeedsNoOther() {
    Article a = new Article("L1222-9", "", "Partie législative > Première partie : Les relations individuelles de "
        + "travail > Titre II : Formation et exécution du contrat de travail > Chapitre II : Exécution et modification du "
        + "contrat de travail > Section 4 : Télétravail", "", "");
    Passage p = new Passage("cdt#L1222-9", "code-du-travail", "Code du travail", 0, "Section 4 : Télétravail",
        "Le télétravail désigne toute forme d'organisation du travail…", 0, 60, a);

    assertEquals("", PassageFields.searchedHeading(p));
  }

  @Test
  void aFactSheetsIntroductionIsHeadedByTheSheetsTitleItsSectionsByTheirOwn() {
    String url = "https://code.travail.gouv.fr/fiche-ministere-travail/les-conges-payes";
    Passage intro = new Passage("fiche#les-conges-payes/intro", "fiches-travail", "Les congés payés", 0, "",
        "Chaque mois de travail effectif ouvre droit à un congé de 2,5 jours ouvrables.", 0, 80, null,
        SourceKind.FICHE, url, "", List.of());
    Passage longIntro = new Passage("fiche#les-conges-payes/intro~2", "fiches-travail", "Les congés payés", 0, "",
        "Pendant les congés, l'employeur verse au salarié une indemnité de congés payés.", 81, 160, null,
        SourceKind.FICHE, url, "", List.of());
    Passage aside = new Passage("fiche#les-conges-payes/s1", "fiches-travail", "Les congés payés", 0, "",
        "À savoir !", 0, 10, null, SourceKind.FICHE, url, "", List.of());
    Passage section = new Passage("fiche#les-conges-payes/jour-ouvrable", "fiches-travail", "Les congés payés", 0,
        "« Jour ouvrable » : de quoi s'agit-il ?", "Sont considérés comme jours ouvrables…", 0, 40, null,
        SourceKind.FICHE, url, "", List.of());

    assertEquals("Les congés payés", PassageFields.searchedHeading(intro));
    assertEquals("Les congés payés", PassageFields.searchedHeading(longIntro));
    assertEquals("", PassageFields.searchedHeading(aside));
    assertEquals("", PassageFields.searchedHeading(section));
  }
}
