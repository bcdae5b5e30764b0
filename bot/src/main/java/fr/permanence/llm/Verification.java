package fr.permanence.llm;

import java.util.List;

/**
 * What the checks found in a model's reply.
 *
 * @param outcome whether the reply can be shown, is the fixed refusal, or is rejected
 * @param reason why it is rejected, or {@code null}
 * @param detail the offending part, for the log ("[7]", the misquoted words…), or ""
 * @param sentences the reply's sentences with their citations (empty unless grounded)
 */
public record Verification(Outcome outcome, FallbackReason reason, String detail, List<CitedSentence> sentences) {
  /** The three verdicts. */
  public enum Outcome { GROUNDED, REFUSAL, REJECTED }

  public Verification {
    detail = detail == null ? "" : detail;
    sentences = List.copyOf(sentences);
  }

  static Verification grounded(List<CitedSentence> sentences) {
    return new Verification(Outcome.GROUNDED, null, "", sentences);
  }

  static Verification refusal() {
    return new Verification(Outcome.REFUSAL, null, "", List.of());
  }

  static Verification rejected(FallbackReason reason, String detail) {
    return new Verification(Outcome.REJECTED, reason, detail, List.of());
  }
}
