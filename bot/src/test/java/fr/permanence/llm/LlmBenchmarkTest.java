package fr.permanence.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.bench.LlmBenchmark;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmBenchmarkTest {
  @Test
  void overheadAroundTheModelCallIsSmall() {
    LlmBenchmark bench = new LlmBenchmark(new Fixtures.FixedAnswerer(Fixtures.HITS, true),
        List.of("consultation du CSE", "heures de délégation"), 50);
    List<LlmBenchmark.Report> reports = bench.run();
    assertEquals(2, reports.size());
    for (LlmBenchmark.Report r : reports) {
      System.out.println(r.summary());
      assertEquals(Map.of("generated", 100), r.modes(), r.summary());
      assertTrue(r.overheadP50Nanos() < 5_000_000, r.summary());
    }
  }
}
