package fr.permanence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a cited passage sits, as logged for the trainers' themes. */
class QuestionRecordsTest {
  private static final String PLAN = "Partie législative > Première partie : Les relations individuelles de travail"
      + " > Livre II : Le contrat de travail > Titre II : Formation et exécution du contrat de travail";
  private static final Passage ARTICLE = new Passage("cdt#L1222-9", "cdt", "Code du travail", 0, "Section 4", "…", 0, 1,
      new Article("L1222-9", "LEGIARTI1", PLAN, "2024-01-01", ""), SourceKind.CODE, "", "", List.of());

  private static String plan(Passage p) {
    Map<String, Passage> index = Map.of(ARTICLE.id(), ARTICLE);
    return QuestionRecords.plan(p, id -> Optional.ofNullable(index.get(id)));
  }

  @Test
  void articlesFactSheetsAndDocumentsAreSituated() {
    assertEquals(PLAN, plan(ARTICLE));
    Passage fiche = new Passage("fiche#teletravail-1", "fiche-teletravail", "Le télétravail", 0, "Qui peut en bénéficier ?",
        "…", 0, 1, null, SourceKind.FICHE, "", "", List.of("L9999-1", "L1222-9"));
    assertEquals(PLAN, plan(fiche), "a fact sheet sits where the first article it cites that the index holds does");
    Passage alone = new Passage("fiche#conges-1", "fiche-conges", "Les congés payés", 0, "Durée", "…", 0, 1, null,
        SourceKind.FICHE, "", "", List.of());
    assertEquals("Les congés payés > Durée", plan(alone));
    Passage guide = new Passage("guide#p3-ab", "guide", "Guide du CSE", 3, "Les moyens des élus", "…", 0, 1, null,
        SourceKind.DOCUMENT, "", "", List.of());
    assertEquals("Les moyens des élus", plan(guide));
  }
}
