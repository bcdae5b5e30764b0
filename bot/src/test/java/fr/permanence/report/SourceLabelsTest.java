package fr.permanence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.answer.Citation;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import fr.permanence.llm.PassageContentRetriever;
import fr.permanence.log.CitedPassage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every label a passage's source is shown with, per kind of source: in answers, on the chat
 * platforms' short slots, to the language model, and to trainers. Input → exact label.
 */
class SourceLabelsTest {
  private static final Article L1221_19 = new Article("L1221-19", "LEGIARTI000019071113",
      "Partie législative > Chapitre Ier : Formation du contrat de travail > Section 4 : Période d'essai",
      "2008-06-27", "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019071113");

  /** The four labels of {@code p}: answer, platform, model, trainers. */
  private static List<String> labels(Passage p) {
    Citation c = Citation.of(p);
    // As the question log records it (QuestionRecords): an article's plan, a document's heading.
    CitedPassage cited = new CitedPassage(c.passageId(), c.doc(), c.title(), c.article().isEmpty() ? null : c.article(),
        1f, p.article() != null ? p.article().path() : c.section());
    return List.of(c.label(), c.briefLabel(), PassageContentRetriever.sourceLabel(p), Labels.passage(cited));
  }

  @Test
  void anArticleOfTheCode() {
    assertEquals(List.of("Code du travail, art. L. 1221-19 (Période d'essai)", "Code du travail, art. L. 1221-19",
        "Code du travail, art. L. 1221-19", "Code du travail, L. 1221-19"),
        labels(new Passage("cdt#L1221-19", "code-du-travail", "Code du travail", 0, "Section 4 : Période d'essai",
            "…", 0, 1, L1221_19)));
  }

  @Test
  void aFactSheetsSectionAndItsIntroduction() {
    assertEquals(List.of(
        "Fiche du ministère du Travail « La période d'essai », « Quelle est la durée de la période d'essai ? »",
        "Fiche du ministère du Travail « La période d'essai », « Quelle est la durée de la période d'essai ? »",
        "La période d'essai, « Quelle est la durée de la période d'essai ? »",
        "La période d'essai — Quelle est la durée de la période d'essai ?"),
        labels(new Passage("fiche#la-periode-dessai/duree", "fiches-travail", "La période d'essai", 0,
            "Quelle est la durée de la période d'essai ?", "…", 0, 1, null, SourceKind.FICHE,
            "https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai#duree", "", List.of("L1221-21"))));
    assertEquals(List.of("Fiche du ministère du Travail « La période d'essai »",
        "Fiche du ministère du Travail « La période d'essai »", "La période d'essai, « La période d'essai »",
        "La période d'essai — La période d'essai"),
        labels(new Passage("fiche#la-periode-dessai", "fiches-travail", "La période d'essai", 0, "La période d'essai",
            "…", 0, 1, null, SourceKind.FICHE, "https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai",
            "", List.of())));
  }

  @Test
  void anArticleOfTheAgreement() {
    assertEquals(List.of("Convention collective Syntec (IDCC 1486), art. 3.4 (Période d'essai)",
        "Convention collective Syntec (IDCC 1486), art. 3.4 (Période d'essai)",
        "Convention collective Syntec (IDCC 1486), « Période d'essai »",
        "Convention collective Syntec (IDCC 1486) — Période d'essai"),
        labels(new Passage("ccn1486#KALIARTI000047513825", "convention-1486",
            "Convention collective Syntec (IDCC 1486)", 0, "Période d'essai", "…", 0, 1, null, SourceKind.CONVENTION,
            "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000047513825", "art. 3.4", List.of())));
  }

  @Test
  void aUnionDocumentWithAndWithoutPageAndHeading() {
    String heading = "Le rôle du CSE en matière de nouvelles technologies et d'intelligence artificielle";
    assertEquals(List.of("Guide des élus, p. 12, « " + heading + " »", "Guide des élus, p. 12 — " + heading,
        "Guide des élus, p. 12, « " + heading + " »",
        "Guide des élus — Le rôle du CSE en matière de nouvelles technologies et d'in…"),
        labels(new Passage("guide#p12-abcdef", "guide", "Guide des élus", 12, heading, "…", 0, 1, null)));
    assertEquals(List.of("Tract télétravail", "Tract télétravail", "Tract télétravail", "Tract télétravail"),
        labels(new Passage("tract#p0-abcdef", "tract", "Tract télétravail", 0, "", "…", 0, 1, null)));
  }
}
