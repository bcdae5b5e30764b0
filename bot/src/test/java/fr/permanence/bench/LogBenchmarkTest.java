package fr.permanence.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark hook works; the full 100,000-question run is for {@code bench}, not the test suite. */
class LogBenchmarkTest {
  @TempDir Path tmp;

  @Test
  void measuresLoggingAndTheReview() {
    LogBenchmark.Figures figures = LogBenchmark.run(tmp, 5_000);
    assertEquals(5_000, figures.questions());
    assertEquals(0, figures.dropped());
    assertTrue(figures.recordP50Micros() < 1_000, figures.describe());
    assertTrue(figures.htmlBytes() > 10_000, figures.describe());
    assertTrue(figures.describe().startsWith("question log: record() p50 "), figures.describe());
  }
}
