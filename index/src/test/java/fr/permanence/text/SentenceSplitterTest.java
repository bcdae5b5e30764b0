package fr.permanence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on real sentences of the corpus. */
class SentenceSplitterTest {
  @Test
  void aPartNumberOfAnArticleStaysWithItsText() {
    // Part numbers as legi-data writes them, without a space ("III.-Le"); the second sentence is L1222-9's.
    assertEquals(List.of(
            "II.-L'accord collectif applicable ou, à défaut, la charte élaborée par l'employeur précise les modalités.",
            "III.-Le télétravailleur a les mêmes droits que le salarié qui exécute son travail dans les locaux de l'entreprise."),
        SentenceSplitter.sentences("II.-L'accord collectif applicable ou, à défaut, la charte élaborée par l'employeur "
            + "précise les modalités.\nIII.-Le télétravailleur a les mêmes droits que le salarié qui exécute son travail "
            + "dans les locaux de l'entreprise."));
    assertEquals(List.of("I. - Le comité est consulté."), SentenceSplitter.sentences("I. - Le comité est consulté."));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(List.of("Voir l'art. L. 2312-8 du code.", "Il s'applique."),
        SentenceSplitter.sentences("Voir l'art. L. 2312-8 du code. Il s'applique."));
  }

  @Test
  void aRomanNumeralEndingASentenceStillEndsIt() {
    assertEquals(List.of("Nous en parlons au chapitre II.", "La suite est ailleurs."),
        SentenceSplitter.sentences("Nous en parlons au chapitre II. La suite est ailleurs."));
  }
}
