package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.SourceKind;
import org.junit.jupiter.api.Test;

class RankingParametersTest {
  @Test
  void aKnobIsSetByNameAndTheOthersKeepTheirValue() {
    RankingParameters p = RankingParameters.DEFAULTS.with("codeWeight=0.5");
    assertEquals(0.5f, p.weight(SourceKind.CODE));
    assertEquals(0.5, p.get("codeWeight"), 1e-6);
    assertEquals(RankingParameters.DEFAULTS.weight(SourceKind.FICHE), p.weight(SourceKind.FICHE));
    assertEquals(RankingParameters.DEFAULTS.contextWeight(), p.contextWeight());
  }

  @Test
  void aCountIsRounded() {
    assertEquals(2, RankingParameters.DEFAULTS.with("codeCap", 2.0).cap(SourceKind.CODE));
    assertEquals(4, RankingParameters.DEFAULTS.with("ficheCap", 3.6).cap(SourceKind.FICHE));
  }

  @Test
  void theUnionsDocumentsWeighOne() {
    assertEquals(1f, RankingParameters.DEFAULTS.weight(SourceKind.DOCUMENT));
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RankingParameters.DEFAULTS.with("codeWieght=0.5"));
    assertTrue(e.getMessage().contains("codeWieght") && e.getMessage().contains("codeWeight"), e.getMessage());
  }

  @Test
  void aValueOutOfRangeSaysWhichKnob() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RankingParameters.DEFAULTS.with("codeCap", 0));
    assertTrue(e.getMessage().startsWith("codeCap must be between 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RankingParameters.DEFAULTS.with("contextWeight", 1.5));
    assertThrows(IllegalArgumentException.class, () -> RankingParameters.DEFAULTS.with("codeWeight", -1));
  }

  @Test
  void aMalformedAssignmentIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RankingParameters.DEFAULTS.with("codeWeight"));
    assertThrows(IllegalArgumentException.class, () -> RankingParameters.DEFAULTS.with("codeWeight=beaucoup"));
    assertThrows(IllegalArgumentException.class, () -> RankingParameters.DEFAULTS.with("=0.5"));
  }

  @Test
  void printsEveryKnobInOrder() {
    String printed = RankingParameters.DEFAULTS.with("codeWeight=0.5").toString();
    assertTrue(printed.startsWith("contextWeight=" + RankingParameters.DEFAULTS.contextWeight() + " codeWeight=0.5 "),
        printed);
    assertEquals(RankingParameters.names().size(), printed.split(" ").length);
  }
}
