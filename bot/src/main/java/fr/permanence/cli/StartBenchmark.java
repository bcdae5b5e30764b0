package fr.permanence.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long {@code ./permanence ask} takes from a warm build, beside a bare
 * {@code java -version} on the same machine in the same run: the ratio says what the bot adds to
 * starting a JVM, whatever the machine's speed or load.
 *
 * @param launcher the {@code permanence} script
 * @param java the java binary the bare start is measured with
 * @param dataDir a scratch data folder (the first, unmeasured ask builds its index)
 * @param runs measured runs of each
 */
record StartBenchmark(Path launcher, Path java, Path dataDir, int runs) {
  /** Longest a single start may take before the benchmark gives up on it. */
  private static final long TIMEOUT_SECONDS = 300;
  private static final String QUESTION = "Le CSE doit-il être consulté avant l'arrivée d'un outil d'IA ?";

  /** Medians in milliseconds of both, and their ratio. */
  record Report(double askMillis, double javaMillis, int runs) {
    String summary() {
      return String.format(Locale.ROOT, "start         : ./permanence ask %.0f ms, java -version %.0f ms (medians of %d); "
          + "ratio %.1f", askMillis, javaMillis, runs, askMillis / javaMillis);
    }
  }

  Report run() throws IOException, InterruptedException {
    List<String> ask = List.of("bash", launcher.toString(), "--data", dataDir.toString(), "ask", QUESTION);
    time(ask); // builds the scratch index and the class-data archive: not measured
    List<String> bare = List.of(java.toString(), "-version");
    double[] askTimes = new double[runs];
    double[] javaTimes = new double[runs];
    for (int i = 0; i < runs; i++) { // interleaved, so that a change of load touches both alike
      askTimes[i] = time(ask);
      javaTimes[i] = time(bare);
    }
    return new Report(median(askTimes), median(javaTimes), runs);
  }

  private static double time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " : plus de " + TIMEOUT_SECONDS + " s");
    }
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " : code de sortie " + p.exitValue());
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
