package fr.permanence.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.corpus.Passage;
import fr.permanence.search.Hit;
import fr.permanence.search.RankingParameters;
import fr.permanence.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Knobs that only pay together are found together, and each half is reported on the other. */
class JointTuningTest {
  private static final Passage ANSWER = new Passage("d#1", "d", "Guide", 1, "", "la bonne réponse", 0, 16, null);
  private static final Passage OTHER = new Passage("d#2", "d", "Guide", 1, "", "autre chose", 0, 11, null);

  private static List<EvalQuestion> questions() {
    List<EvalQuestion> qs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      qs.add(new EvalQuestion("q" + i, "question " + i, true, "documents", "formal", "", List.of("la bonne réponse"),
          List.of()));
    }
    return qs;
  }

  /**
   * A ranking where the topic alone finds the answer for two questions (one in each half), and
   * the title helps only once the topic counts: the title's value is found only after the topic's.
   */
  private static Function<String, SearchResult> search(RankingParameters p) {
    boolean found = p.topicBoost() == 1f && Math.abs(p.titleBoost() - 0.6f) < 1e-6;
    boolean half = p.topicBoost() == 1f;
    return q -> {
      List<Hit> hits = found || (half && (q.endsWith("0") || q.endsWith("1"))) ? List.of(new Hit(ANSWER, 1, List.of()))
          : List.of(new Hit(OTHER, 1, List.of()));
      return new SearchResult(q, hits, true, List.of(), List.of(), "", 0);
    };
  }

  @Test
  void findsTheValuesThatPayTogetherOnEachHalfAndOnAll() {
    JointTuning tuning = new JointTuning(questions(), JointTuningTest::search);
    RankingParameters start = RankingParameters.DEFAULTS.with("topicBoost", 0).with("titleBoost", 0.2);
    List<JointTuning.Knob> knobs = List.of(new JointTuning.Knob("topicBoost", new double[] {0, 1}),
        new JointTuning.Knob("titleBoost", new double[] {0.2, 0.6}));

    List<JointTuning.Fit> fits = tuning.run(start, knobs);

    assertEquals(List.of("half 1", "half 2", "all"), fits.stream().map(JointTuning.Fit::fittedOn).toList());
    for (JointTuning.Fit fit : fits) {
      assertEquals(1f, fit.chosen().topicBoost());
      assertEquals(0.6f, fit.chosen().titleBoost(), 1e-6);
      assertEquals(1.0, fit.reported().group("part=documents").recallAt(5));
    }
    assertEquals(4, fit(fits, "all").reported().group("all").answerable() / 2);
    assertEquals(4, tuning.searched()); // each set once: start, topic, topic+title, then title alone
  }

  private static JointTuning.Fit fit(List<JointTuning.Fit> fits, String on) {
    return fits.stream().filter(f -> f.fittedOn().equals(on)).findFirst().orElseThrow();
  }
}
