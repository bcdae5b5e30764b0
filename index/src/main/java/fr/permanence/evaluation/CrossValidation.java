package fr.permanence.evaluation;

import fr.permanence.search.SearchResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * Two-fold cross-validation of one weight: the questions are cut into two halves (alternately
 * within each part and register, so both halves hold every kind); the value of a grid that
 * scores best on one half ({@link Scorecard#objective()}) is reported on the other, and the
 * other way round. The held-out figures say what the chosen weight is worth on questions it was
 * not fitted to. Deterministic: same questions, same halves.
 */
public final class CrossValidation {
  /** One fold: the value fitted on one half and the figures it gets on the other. */
  public record Fold(double fitted, double fitObjective, Scorecard heldOut) {}

  /** Both folds, and the value fitted on all the questions (what a default should be). */
  public record Result(List<Fold> folds, double fittedOnAll, Map<Double, Double> objectiveOnAll) {
    public String summary(String name) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%s: objective on all questions by value %s; best %.2f%n", name,
          format(objectiveOnAll), fittedOnAll));
      for (int i = 0; i < folds.size(); i++) {
        Fold f = folds.get(i);
        out.append(String.format(Locale.ROOT, "fold %d: %s=%.2f fitted on half %d (objective %.3f); held-out half %d:%n%s",
            i + 1, name, f.fitted(), i + 1, f.fitObjective(), 2 - i, f.heldOut()));
      }
      return out.toString();
    }

    private static String format(Map<Double, Double> objectives) {
      StringBuilder out = new StringBuilder("{");
      objectives.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
          out.append(out.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.2f: %.3f", e.getKey(), e.getValue())));
      return out.append('}').toString();
    }
  }

  private CrossValidation() {}

  /** The two halves of {@code questions}: alternate questions of each part and register. */
  public static List<List<EvalQuestion>> halves(List<EvalQuestion> questions) {
    List<List<EvalQuestion>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    Map<String, Integer> seen = new HashMap<>();
    for (EvalQuestion q : questions) {
      int i = seen.merge(q.part() + "/" + q.register(), 1, Integer::sum);
      halves.get(i % 2).add(q);
    }
    return halves;
  }

  /**
   * Runs the cross-validation of {@code grid} values; {@code searcherFor} gives the search of a
   * value (each question is searched once per value, then scored on each half).
   */
  public static Result run(List<EvalQuestion> questions, double[] grid,
      DoubleFunction<Function<String, SearchResult>> searcherFor) {
    List<List<EvalQuestion>> halves = halves(questions);
    Map<Double, Map<String, SearchResult>> results = outcomes(questions, grid, searcherFor);
    List<Fold> folds = new ArrayList<>();
    for (int fit = 0; fit < 2; fit++) {
      List<EvalQuestion> half = halves.get(fit);
      double best = best(grid, value -> score(half, results.get(value)).objective());
      folds.add(new Fold(best, score(half, results.get(best)).objective(), score(halves.get(1 - fit), results.get(best))));
    }
    Map<Double, Double> onAll = new HashMap<>();
    for (double value : grid) {
      onAll.put(value, score(questions, results.get(value)).objective());
    }
    return new Result(folds, best(grid, onAll::get), onAll);
  }

  /**
   * What {@code outcomeFor} gives each question, by question id, for each value of {@code grid}:
   * every question is searched or answered once per value, then scored on any part of them.
   */
  public static <R> Map<Double, Map<String, R>> outcomes(List<EvalQuestion> questions, double[] grid,
      DoubleFunction<Function<String, R>> outcomeFor) {
    Map<Double, Map<String, R>> outcomes = new HashMap<>();
    for (double value : grid) {
      Function<String, R> outcome = outcomeFor.apply(value);
      Map<String, R> byId = new HashMap<>();
      for (EvalQuestion q : questions) {
        byId.put(q.id(), outcome.apply(q.question()));
      }
      outcomes.put(value, byId);
    }
    return outcomes;
  }

  /** The first value of {@code grid} with the highest {@code objective} (a tie keeps the earlier value). */
  public static double best(double[] grid, DoubleUnaryOperator objective) {
    double best = grid[0];
    double bestObjective = Double.NEGATIVE_INFINITY;
    for (double value : grid) {
      double o = objective.applyAsDouble(value);
      if (o > bestObjective + 1e-9) {
        best = value;
        bestObjective = o;
      }
    }
    return best;
  }

  private static Scorecard score(List<EvalQuestion> questions, Map<String, SearchResult> results) {
    Scorecard card = new Scorecard();
    for (EvalQuestion q : questions) {
      card.add(q, results.get(q.id()));
    }
    return card;
  }
}
