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
   * default corpus (2026-12-02, 1,250 questions, after that day's changes to analysis, lexicon and
   * ranking); held-out figures in the README. The model it replaces, fitted on 1,122 questions
   * before them, refused one dev2 text-message question whose score had fallen to the threshold.
   */
  public static final Answerability DEFAULT = new Answerability(
      new double[] {2.2205, 0.4195, -1.1521, 0.8793, 0.3148, -0.7437, 1.0446, -0.3395, 0.7033, -1.6319, -2.7257, -2.1057, -4.1946, -3.4891, -3.4122, -2.1104, -4.3490, -1.9677, 0.6392, -2.9127, 1.3498, -2.0759, 1.3526, -3.2321, -3.1638},
      -2.3783);

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
