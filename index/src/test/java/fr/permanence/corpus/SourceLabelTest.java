package fr.permanence.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each form of a source's label, for each kind of source: input → exact label. */
class SourceLabelTest {
  @Test
  void answersNameTheArticleWithItsSubjectAndTheFactSheetAsTheMinistrys() {
    assertEquals("Code du travail, art. L. 2312-8 (Attributions générales)",
        SourceLabel.full(SourceKind.CODE, "Code du travail", 0, "Attributions générales", "L2312-8"));
    assertEquals("Convention collective Syntec (IDCC 1486), art. 3.4 (Période d'essai)",
        SourceLabel.full(SourceKind.CONVENTION, "Convention collective Syntec (IDCC 1486)", 0, "Période d'essai",
            "art. 3.4"));
    assertEquals("Fiche du ministère du Travail « La période d'essai », « Durée »",
        SourceLabel.full(SourceKind.FICHE, "La période d'essai", 0, "Durée", ""));
    assertEquals("Fiche du ministère du Travail « La période d'essai »",
        SourceLabel.full(SourceKind.FICHE, "La période d'essai", 0, "La période d'essai", ""));
    assertEquals("Guide des élus, p. 12, « Le CSE »", SourceLabel.full(SourceKind.DOCUMENT, "Guide des élus", 12,
        "Le CSE", ""));
    assertEquals("Guide des élus", SourceLabel.full(SourceKind.DOCUMENT, "Guide des élus", 0, "", ""));
  }

  @Test
  void platformsShortSlotsDropTheArticlesSubjectAndDashTheHeading() {
    assertEquals("Code du travail, art. L. 2312-8",
        SourceLabel.brief(SourceKind.CODE, "Code du travail", 0, "Attributions générales", "L2312-8", ""));
    assertEquals("Guide des élus, p. 12 — Le CSE",
        SourceLabel.brief(SourceKind.DOCUMENT, "Guide des élus", 12, "Le CSE", "", ""));
    assertEquals("Convention collective Syntec (IDCC 1486), art. 3.4 (Période d'essai)",
        SourceLabel.brief(SourceKind.CONVENTION, "Convention collective Syntec (IDCC 1486)", 0, "Période d'essai", "",
            "art. 3.4"));
  }

  @Test
  void theModelAndTrainersReadTheirOwnForms() {
    assertEquals("Code du travail, art. L. 2312-8", SourceLabel.forModel("Code du travail", 0, "Section 1", "L2312-8"));
    assertEquals("Guide CSE, p. 12, « Consultations »", SourceLabel.forModel("Guide CSE", 12, " Consultations ", ""));
    assertEquals("Code du travail, L. 2312-8", SourceLabel.forTrainers("", "cdt", "Partie législative", "L2312-8"));
    assertEquals("guide — Le budget du CSE", SourceLabel.forTrainers("", "guide", "Le budget du CSE", ""));
    assertEquals("art. R. 2315-47", SourceLabel.article("R2315-47"));
  }
}
