package fr.permanence.evaluation;

import fr.permanence.search.SearchResult;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of a run over questions, per group (all, each part, register and kind), as
 * score.py prints them. Not thread-safe.
 */
public final class Scorecard {
  private final Map<String, Figures> groups = new TreeMap<>();

  /** Searches every question with {@code search} and scores the results. */
  public static Scorecard run(Iterable<EvalQuestion> questions, Function<String, SearchResult> search) {
    Scorecard card = new Scorecard();
    for (EvalQuestion q : questions) {
      card.add(q, search.apply(q.question()));
    }
    return card;
  }

  public void add(EvalQuestion question, SearchResult result) {
    for (String group : question.groups()) {
      groups.computeIfAbsent(group, g -> new Figures()).add(question, result);
    }
  }

  /** The figures of {@code group} ("all", "part=documents", "register=sms"…); empty figures if none. */
  public Figures group(String group) {
    return groups.getOrDefault(group, new Figures());
  }

  /**
   * One number to maximise when fitting a weight: the mean, over the parts with answerable
   * questions, of recall@5 plus mrr@10 less the false-abstention rate, plus the rate of correct
   * refusals. Each part counts alike, so the larger part does not decide alone.
   */
  public double objective() {
    double sum = 0;
    int parts = 0;
    for (Map.Entry<String, Figures> e : groups.entrySet()) {
      if (e.getKey().startsWith("part=") && e.getValue().answerable() > 0) {
        Figures f = e.getValue();
        sum += f.recallAt(5) + f.mrr() - f.falseAbstain();
        parts++;
      }
    }
    return (parts == 0 ? 0 : sum / parts) + group("all").abstainOk();
  }

  /**
   * The objective of ranking alone: the mean, over the parts with answerable questions, of
   * recall@5 plus mrr@10. Whether to answer is fitted afterwards on the ranking chosen
   * ({@code ./permanence calibrate}), so ranking knobs are chosen without it.
   */
  public double retrievalObjective() {
    double sum = 0;
    int parts = 0;
    for (Map.Entry<String, Figures> e : groups.entrySet()) {
      if (e.getKey().startsWith("part=") && e.getValue().answerable() > 0) {
        sum += e.getValue().recallAt(5) + e.getValue().mrr();
        parts++;
      }
    }
    return parts == 0 ? 0 : sum / parts;
  }

  /** Every group's line, "all" last, like score.py. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    groups.forEach((name, f) -> {
      if (!name.equals("all")) {
        out.append(String.format("%-28s %s%n", name, f));
      }
    });
    return out.append(group("all")).append('\n').toString();
  }
}
