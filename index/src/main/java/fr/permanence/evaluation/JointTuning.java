package fr.permanence.evaluation;

import fr.permanence.search.RankingParameters;
import fr.permanence.search.SearchResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses several ranking knobs together by coordinate ascent (each knob in turn takes the value
 * of its grid that scores best with the others held, for {@value #PASSES} passes), cross-validated:
 * fitted on one half of the questions ({@link CrossValidation#halves}) and reported on the other,
 * both ways, then fitted on all of them for the defaults. Knobs interact (a heavier fact-sheet
 * weight wants a different fact-sheet cap): fitting them one at a time on the same questions
 * would not find what they are worth together.
 *
 * <p>The objective is ranking alone ({@link Scorecard#retrievalObjective()}): whether to answer is
 * fitted afterwards on the ranking chosen. Every set of values is searched once, and scored on
 * both halves and on all the questions. Not thread-safe.
 */
public final class JointTuning {
  /** Passes over the knobs: a second lets each knob answer the others' moves; more rarely change anything. */
  static final int PASSES = 2;

  /** One knob and the values it may take. */
  public record Knob(String name, double[] values) {}

  /** What a fit chose, and its figures on the questions it was not fitted to (or on all, for the final fit). */
  public record Fit(String fittedOn, RankingParameters chosen, double fitObjective, Scorecard reported) {}

  private final List<EvalQuestion> questions;
  /** Question id → its half (0 or 1), as {@link CrossValidation#halves} cuts them. */
  private final Map<String, Integer> halfOf = new HashMap<>();
  private final Function<RankingParameters, Function<String, SearchResult>> searcherFor;
  /** Parameters → scorecards of half 1, half 2 and all the questions. */
  private final Map<RankingParameters, Scorecard[]> runs = new HashMap<>();

  public JointTuning(List<EvalQuestion> questions,
      Function<RankingParameters, Function<String, SearchResult>> searcherFor) {
    this.questions = List.copyOf(questions);
    List<List<EvalQuestion>> halves = CrossValidation.halves(this.questions);
    for (int h = 0; h < 2; h++) {
      for (EvalQuestion q : halves.get(h)) {
        halfOf.put(q.id(), h);
      }
    }
    this.searcherFor = searcherFor;
  }

  /** Fits {@code knobs} from {@code start} on each half (reported on the other), then on all. */
  public List<Fit> run(RankingParameters start, List<Knob> knobs) {
    List<Fit> fits = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      RankingParameters chosen = ascend(start, knobs, half);
      fits.add(new Fit("half " + (half + 1), chosen, cards(chosen)[half].retrievalObjective(),
          cards(chosen)[1 - half]));
    }
    RankingParameters all = ascend(start, knobs, 2);
    fits.add(new Fit("all", all, cards(all)[2].retrievalObjective(), cards(all)[2]));
    return fits;
  }

  /** How many sets of values were searched so far. */
  public int searched() {
    return runs.size();
  }

  private RankingParameters ascend(RankingParameters start, List<Knob> knobs, int fitOn) {
    RankingParameters current = start;
    for (int pass = 0; pass < PASSES; pass++) {
      boolean moved = false;
      for (Knob knob : knobs) {
        RankingParameters best = current;
        double bestObjective = cards(current)[fitOn].retrievalObjective();
        for (double value : knob.values()) {
          RankingParameters candidate = current.with(knob.name(), value);
          double objective = cards(candidate)[fitOn].retrievalObjective();
          if (objective > bestObjective + 1e-9) {
            best = candidate;
            bestObjective = objective;
          }
        }
        moved |= !best.equals(current);
        current = best;
      }
      if (!moved) {
        break;
      }
    }
    return current;
  }

  private Scorecard[] cards(RankingParameters parameters) {
    return runs.computeIfAbsent(parameters, p -> {
      Function<String, SearchResult> search = searcherFor.apply(p);
      Scorecard[] cards = {new Scorecard(), new Scorecard(), new Scorecard()};
      for (EvalQuestion q : questions) {
        SearchResult result = search.apply(q.question());
        cards[halfOf.get(q.id())].add(q, result);
        cards[2].add(q, result);
      }
      return cards;
    });
  }

  /** The fits as a reader wants them: values chosen per fit, held-out figures, defaults to paste. */
  public static String summary(List<Fit> fits, List<Knob> knobs) {
    StringBuilder out = new StringBuilder();
    for (Fit fit : fits) {
      Map<String, Double> values = new LinkedHashMap<>();
      // Rounded as a reader types them: a float knob reads back as 0.6000000238418579.
      knobs.forEach(k -> values.put(k.name(), Math.round(fit.chosen().get(k.name()) * 1e4) / 1e4));
      boolean all = fit.fittedOn().equals("all");
      out.append(String.format(Locale.ROOT, "fitted on %s (objective %.3f): %s%n", fit.fittedOn(), fit.fitObjective(),
          values));
      out.append(all ? "figures on all the questions (in-sample):\n" : "held-out figures on the other half:\n");
      out.append(fit.reported());
    }
    return out.toString();
  }
}
