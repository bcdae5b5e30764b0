package fr.permanence.evaluation;

import fr.permanence.search.SearchResult;
import java.util.Locale;

/** score.py's figures for one group of questions. Not thread-safe: one per group and run. */
public final class Figures {
  private int n;
  private int negatives;
  private final int[] recall = new int[6];
  private double reciprocalRanks;
  private int abstainOk;
  private int falseAbstain;

  /** Counts {@code result} for {@code question}: the rank of the first relevant passage among ten, and abstention. */
  public void add(EvalQuestion question, SearchResult result) {
    if (question.answerable()) {
      n++;
      int rank = Relevance.firstRelevant(question, result.hits(), 10);
      if (rank > 0) {
        reciprocalRanks += 1.0 / rank;
        for (int cut : new int[] {1, 3, 5}) {
          if (rank <= cut) {
            recall[cut]++;
          }
        }
      }
      if (!result.answerable()) {
        falseAbstain++;
      }
    } else {
      negatives++;
      if (!result.answerable()) {
        abstainOk++;
      }
    }
  }

  public int answerable() {
    return n;
  }

  public int unanswerable() {
    return negatives;
  }

  public double recallAt(int cut) {
    return (double) recall[cut] / Math.max(1, n);
  }

  public double mrr() {
    return reciprocalRanks / Math.max(1, n);
  }

  public double abstainOk() {
    return (double) abstainOk / Math.max(1, negatives);
  }

  public double falseAbstain() {
    return (double) falseAbstain / Math.max(1, n);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "recall@1=%.3f recall@3=%.3f recall@5=%.3f mrr@10=%.3f abstain_ok=%.3f "
        + "false_abstain=%.3f n=%d neg=%d", recallAt(1), recallAt(3), recallAt(5), mrr(), abstainOk(),
        falseAbstain(), n, negatives);
  }
}
