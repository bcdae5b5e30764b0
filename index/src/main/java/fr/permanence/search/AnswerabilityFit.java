package fr.permanence.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits {@link Answerability} to labelled questions: a logistic regression over the standardised
 * {@link Evidence#features() features} (gradient descent, L2 penalty, classes weighed equally),
 * then a threshold placed so that at most a given share of the answerable training questions is
 * refused, folded into the bias. Deterministic: the same samples give the same model.
 */
public final class AnswerabilityFit {
  /** L2 penalty: small, only to keep weights finite when a feature separates the training set. */
  static final double L2 = 0.01;
  /** Gradient steps and their size: enough for the loss to settle on a few hundred questions. */
  static final int STEPS = 4_000;
  static final double RATE = 0.3;

  /**
   * One question's evidence and whether the texts answer it.
   *
   * @param group the register the question is written in ("informal", "sms"…), or "" when unknown:
   *     the threshold keeps false abstentions under the limit within each group as well as overall
   */
  public record Sample(double[] features, boolean answerable, String group) {
    public Sample(double[] features, boolean answerable) {
      this(features, answerable, "");
    }
  }

  private AnswerabilityFit() {}

  /**
   * The model for {@code samples}, refusing at most {@code maxFalseAbstain} of the answerable ones
   * (questions naming an article are answered whatever the model says and are left out by the caller).
   */
  public static Answerability fit(List<Sample> samples, double maxFalseAbstain) {
    int d = Evidence.FEATURES.length;
    int n = samples.size();
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (Sample s : samples) {
      for (int j = 0; j < d; j++) {
        mean[j] += s.features()[j] / n;
      }
    }
    for (Sample s : samples) {
      for (int j = 0; j < d; j++) {
        sd[j] += Math.pow(s.features()[j] - mean[j], 2) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
    }
    long positives = samples.stream().filter(Sample::answerable).count();
    double wPos = n / (2.0 * Math.max(1, positives));
    double wNeg = n / (2.0 * Math.max(1, n - positives));
    double[] w = new double[d];
    double b = 0;
    for (int step = 0; step < STEPS; step++) {
      double[] gw = new double[d];
      double gb = 0;
      for (Sample s : samples) {
        double z = b;
        for (int j = 0; j < d; j++) {
          z += w[j] * (s.features()[j] - mean[j]) / sd[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = (p - (s.answerable() ? 1 : 0)) * (s.answerable() ? wPos : wNeg);
        for (int j = 0; j < d; j++) {
          gw[j] += err * (s.features()[j] - mean[j]) / sd[j] / n;
        }
        gb += err / n;
      }
      for (int j = 0; j < d; j++) {
        w[j] -= RATE * (gw[j] + L2 * w[j]);
      }
      b -= RATE * gb;
    }
    // Back to the raw scale of the features.
    double[] raw = new double[d];
    double bias = b;
    for (int j = 0; j < d; j++) {
      raw[j] = w[j] / sd[j];
      bias -= w[j] * mean[j] / sd[j];
    }
    Answerability model = new Answerability(raw, bias);
    // The threshold: refuse at most maxFalseAbstain of the answerable questions, overall and in each
    // group, so that no register (informal, sms…) is refused more than the others.
    double cap = highestThreshold(model, samples, maxFalseAbstain);
    for (String group : samples.stream().map(Sample::group).filter(g -> !g.isEmpty()).distinct().sorted().toList()) {
      cap = Math.min(cap, highestThreshold(model,
          samples.stream().filter(s -> s.group().equals(group)).toList(), maxFalseAbstain));
    }
    // Under that cap, the lowest threshold that refuses as many unanswerable questions: halfway
    // between the highest unanswerable score under the cap and the next answerable one, so that
    // no answerable question is refused for nothing; 0 (the model's own boundary) when that is lower.
    double threshold = Math.min(0, cap);
    double worst = Double.NEGATIVE_INFINITY;
    for (Sample s : samples) {
      double x = score(model, s.features());
      if (!s.answerable() && x < cap) {
        worst = Math.max(worst, x);
      }
    }
    if (worst > threshold) {
      double next = cap;
      for (Sample s : samples) {
        double x = score(model, s.features());
        if (s.answerable() && x > worst) {
          next = Math.min(next, x);
        }
      }
      threshold = (worst + next) / 2;
    }
    return new Answerability(raw, bias - threshold);
  }

  /**
   * The highest threshold that refuses at most {@code maxFalseAbstain} of the answerable
   * {@code samples}: just under the score of the first answerable question it must answer.
   */
  private static double highestThreshold(Answerability model, List<Sample> samples, double maxFalseAbstain) {
    double[] scores = samples.stream().filter(Sample::answerable)
        .mapToDouble(s -> score(model, s.features())).sorted().toArray();
    if (scores.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    int refused = (int) Math.floor(maxFalseAbstain * scores.length);
    // Just under that score, so that rounding never refuses the question the threshold sits on.
    return scores[refused] - 1e-9;
  }

  static double score(Answerability model, double[] x) {
    double[] w = model.weights();
    double s = model.bias();
    for (int j = 0; j < x.length; j++) {
      s += w[j] * x[j];
    }
    return s;
  }

  /** Whether {@code model} answers a question with these features. */
  public static boolean answers(Answerability model, double[] features) {
    return score(model, features) >= 0;
  }

  /** Fold of each of {@code n} samples: answerable and not dealt in turn, so every fold has both. */
  public static int[] folds(List<Sample> samples, int k, long seed) {
    int n = samples.size();
    Integer[] order = new Integer[n];
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Collections.shuffle(Arrays.asList(order), random);
    int[] fold = new int[n];
    int pos = 0;
    int neg = 0;
    for (int i : order) {
      fold[i] = samples.get(i).answerable() ? pos++ % k : neg++ % k;
    }
    return fold;
  }
}
