package fr.permanence.answer;

import fr.permanence.evaluation.CrossValidation;
import fr.permanence.evaluation.EvalQuestion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Two-fold cross-validation of one weight of sentence choice, on the quotes: the questions are cut
 * into the halves {@link CrossValidation#halves} makes; the value of the grid whose answers open on
 * the evidence most often on one half ({@link #objective}) is reported on the other half, beside
 * the grid's first value (the weight off), and the other way round. Deterministic.
 *
 * <p>Not thread-safe: one run at a time.
 */
public final class QuoteCrossValidation {
  private QuoteCrossValidation() {}

  /**
   * What a value is fitted by: answers whose opening quote holds the evidence by score.py's rule,
   * plus those whose opening quote contains a snippet; the second decides between sentences of the
   * same article.
   */
  static int objective(QuoteScorecard card) {
    QuoteScorecard.Counts all = card.group("all");
    return all.opening() + all.openingText();
  }

  /**
   * Answers every question once per value of {@code grid} with {@code answererFor} and returns the
   * summary: the objective by value on all questions, then each fold's fitted value and its
   * held-out figures beside the first value's.
   */
  public static String run(List<EvalQuestion> questions, String name, double[] grid,
      DoubleFunction<Function<String, Answer>> answererFor) {
    Map<Double, Map<String, Answer>> answers = CrossValidation.outcomes(
        questions.stream().filter(QuoteScorecard::scored).toList(), grid, answererFor);
    StringBuilder out = new StringBuilder(name + ": objective (opening by article or snippet + opening by snippet) on all:");
    for (double value : grid) {
      out.append(String.format(Locale.ROOT, " %.2f: %d", value, objective(card(questions, answers.get(value)))));
    }
    out.append('\n');
    List<List<EvalQuestion>> halves = CrossValidation.halves(questions);
    for (int fit = 0; fit < 2; fit++) {
      List<EvalQuestion> half = halves.get(fit);
      double best = CrossValidation.best(grid, value -> objective(card(half, answers.get(value))));
      int bestObjective = objective(card(half, answers.get(best)));
      List<EvalQuestion> heldOut = halves.get(1 - fit);
      out.append(String.format(Locale.ROOT, "fold %d: %s=%.2f fitted on half %d (objective %d); held-out half %d:%n",
          fit + 1, name, best, fit + 1, bestObjective, 2 - fit));
      out.append(String.format(Locale.ROOT, "  at %s=%.2f: %s%n", name, grid[0],
          card(heldOut, answers.get(grid[0])).group("all")));
      out.append(String.format(Locale.ROOT, "  at %s=%.2f: %s%n", name, best, card(heldOut, answers.get(best)).group("all")));
    }
    return out.toString();
  }

  private static QuoteScorecard card(List<EvalQuestion> questions, Map<String, Answer> answers) {
    QuoteScorecard card = new QuoteScorecard();
    for (EvalQuestion q : questions) {
      if (QuoteScorecard.scored(q)) {
        card.add(q, answers.get(q.id()));
      }
    }
    return card;
  }
}
