package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of other codes in a question: question → exact words found. */
class OtherLawTest {
  @Test
  void findsTheWordsOfALeaseATaxOrADivorce() {
    assertEquals(List.of("proprietaire", "loyer"), OtherLaw.in("Mon propriétaire peut-il doubler le loyer ?"));
    assertEquals(List.of("impot", "foncier"), OtherLaw.in("Comment déclarer aux impôts un revenu foncier ?"));
    assertEquals(List.of("divorce"), OtherLaw.in("Qui garde le chien après un divorce ?"));
  }

  @Test
  void accentsCaseAndPluralsDoNotMatter() {
    assertEquals(List.of("impot", "locataire"), OtherLaw.in("IMPOTS des LOCATAIRES"));
    assertEquals(List.of("proprio"), OtherLaw.in("mon proprio veut pas"));
  }

  @Test
  void wordsAreComparedWholeNotByStem() {
    // "loyer" and "loi" share a stem, "imposable" and "imposer" too: neither is another code's word.
    assertEquals(List.of(), OtherLaw.in("Que dit la loi si mon patron veut m'imposer des horaires ?"));
  }

  @Test
  void wordsTheLabourTextsShareAreNotCounted() {
    // Leave for a wedding or a PACS, a foreign worker's permit, the penal provisions of the code.
    assertEquals(List.of(), OtherLaw.in("Combien de jours de congé pour mon mariage ou mon pacs ?"));
    assertEquals(List.of(), OtherLaw.in("Mon titre de séjour me permet-il de travailler à temps plein ?"));
    assertEquals(List.of(), OtherLaw.in("Le délit d'entrave est-il puni d'une amende ?"));
  }
}
