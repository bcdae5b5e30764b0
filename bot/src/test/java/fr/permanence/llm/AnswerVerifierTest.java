package fr.permanence.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerVerifierTest {
  private final AnswerVerifier verifier = new AnswerVerifier();
  private final List<String> passages = List.of(Fixtures.ARTICLE.text(), Fixtures.GUIDE.text());

  @Test
  void groundedSentencesWithTheirCitations() {
    Verification v = verifier.verify("""
        Deux points :
        - Le CSE est consulté sur « l'introduction de nouvelles technologies » [2].
        - Il porte l'expression collective des salariés. [1]
        Son avis est rendu « dans un délai d'un mois » [1, 2].""", passages);
    assertEquals(Verification.Outcome.GROUNDED, v.outcome());
    assertEquals(List.of(
        new CitedSentence("Le CSE est consulté sur « l'introduction de nouvelles technologies » [2].", List.of(2)),
        new CitedSentence("Il porte l'expression collective des salariés. [1]", List.of(1)),
        new CitedSentence("Son avis est rendu « dans un délai d'un mois » [1, 2].", List.of(1, 2))), v.sentences());
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    Verification v = verifier.verify("Selon l'art. L. 2312-8, le CSE assure une expression collective [1].", passages);
    assertEquals(Verification.Outcome.GROUNDED, v.outcome());
    assertEquals(1, v.sentences().size());
  }

  @Test
  void quoteWithEllipsisChecksEachFragment() {
    assertEquals(Verification.Outcome.GROUNDED, verifier.verify(
        "Le CSE doit être « consulté avant toute décision […] sur l'introduction de nouvelles technologies » [2].",
        passages).outcome());
    Verification wrong = verifier.verify(
        "Le CSE doit être « consulté avant toute décision […] sur le télétravail » [2].", passages);
    assertEquals(FallbackReason.MISQUOTE, wrong.reason());
    assertEquals("« consulté avant toute décision […] sur le télétravail » dans « Le CSE doit être « consulté avant "
        + "toute décision […] sur le télétravail » [2]. »", wrong.detail());
  }

  @Test
  void quoteMustComeFromTheCitedPassage() {
    Verification v = verifier.verify("Le CSE est « consulté avant toute décision » [1].", passages);
    assertEquals(FallbackReason.MISQUOTE, v.reason());
  }

  @Test
  void unknownNumberIsCaughtFirst() {
    Verification v = verifier.verify("Le délai est de quinze jours [3]. Sans citation ici.", passages);
    assertEquals(FallbackReason.UNKNOWN_CITATION, v.reason());
    assertEquals("[3] dans « Le délai est de quinze jours [3]. »", v.detail());
    assertEquals(FallbackReason.UNKNOWN_CITATION, verifier.verify("Rien [0].", passages).reason());
  }

  @Test
  void uncitedClaimIsCaught() {
    Verification v = verifier.verify("Le CSE est consulté [2]. Vous devriez saisir les prud'hommes.", passages);
    assertEquals(FallbackReason.UNCITED_CLAIM, v.reason());
    assertEquals("Vous devriez saisir les prud'hommes.", v.detail());
  }

  @Test
  void refusalLooselyMatched() {
    assertEquals(Verification.Outcome.REFUSAL,
        verifier.verify("  les passages fournis ne permettent pas de répondre à cette question\n", passages).outcome());
    Verification partial = verifier.verify(
        "Le CSE est consulté [2]. Les passages fournis ne permettent pas de répondre à cette question.", passages);
    assertEquals(Verification.Outcome.GROUNDED, partial.outcome());
    assertEquals(1, partial.sentences().size());
  }

  @Test
  void emptyOrPromptEchoIsMalformed() {
    assertEquals(FallbackReason.MALFORMED, verifier.verify("  ", passages).reason());
    assertEquals(FallbackReason.MALFORMED, verifier.verify(null, passages).reason());
    assertEquals(FallbackReason.MALFORMED,
        verifier.verify("<passage n=\"1\"> Le CSE est consulté [1].", passages).reason());
  }
}
