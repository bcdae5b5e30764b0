package fr.permanence.search;

import java.util.Arrays;

/**
 * Decides whether the best passages are reliable enough to be quoted as an answer, from several
 * pieces of {@link Evidence} that the passage is about what was asked, combined by a logistic
 * model: answer when {@code bias + Σ weights[i] × features[i] ≥ 0}. A question naming an indexed
 * article is always answered by it.
 *
 * <p>The weights and bias are fitted by {@code ./permanence calibrate} (logistic regression with
 * k-fold cross-validation over the development questions and the project's own questions,
 * eval/own.jsonl); the bias includes the decision threshold, chosen on the training folds so
 * that few answerable questions are refused. See the README, "Answerability".
 *
 * <p>Immutable and thread-safe: the weights are copied in and out.
 *
 * @param weights one weight per {@link Evidence#FEATURES feature}
 * @param bias the intercept, threshold included
 */
public record Answerability(double[] weights, double bias) {
  /**
   * Fitted by {@code ./permanence calibrate eval/dev.jsonl eval/dev2.jsonl eval/own.jsonl} on the
   * default corpus; held-out figures in the README.
   */
  public static final Answerability DEFAULT = new Answerability(
      new double[] {2.2749, 0.5010, -1.1127, 1.0346, -0.0935, -0.5946, 1.0859, -0.2335, 0.8838, -2.0466, -2.6883, -2.1316, -4.1564, -3.4229, -3.4313, -1.7955, -4.9561, -1.9405, 0.4764, -2.9295, 1.4322, -1.9999, 1.3461, -3.0325, -2.8405},
      -2.4242);

  public Answerability {
    if (weights.length != Evidence.FEATURES.length) {
      throw new IllegalArgumentException("expected " + Evidence.FEATURES.length + " weights, got " + weights.length);
    }
    weights = weights.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** The model's score for {@code evidence}: answer when it is at least 0. */
  public double score(Evidence evidence) {
    double[] x = evidence.features();
    double s = bias;
    for (int i = 0; i < x.length; i++) {
      s += weights[i] * x[i];
    }
    return s;
  }

  /** The decision for {@code evidence}. */
  public boolean answerable(Evidence evidence) {
    return evidence.exactArticle() || score(evidence) >= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Answerability a && Arrays.equals(weights, a.weights) && bias == a.bias;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
  }

  @Override
  public String toString() {
    return "Answerability[weights=" + Arrays.toString(weights) + ", bias=" + bias + "]";
  }
}
