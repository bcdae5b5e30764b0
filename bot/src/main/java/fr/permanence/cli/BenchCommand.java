package fr.permanence.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.app.Permanence;
import fr.permanence.app.Settings;
import fr.permanence.ingest.CorpusSource;
import fr.permanence.search.PassageIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Measures index build time, search+answer latency and heap, in-process. */
@Command(name = "bench", description = "Mesure la construction de l'index, la latence recherche+réponse et la mémoire.")
final class BenchCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = "--questions", paramLabel = "FILE", description = "Questions JSONL (défaut : eval/dev.jsonl).")
  Path questions;

  @Option(names = "--rounds", description = "Passages mesurés sur toutes les questions (défaut : ${DEFAULT-VALUE}).")
  int rounds = 50;

  @Option(names = "--warmup", description = "Passages d'échauffement, non mesurés (défaut : ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Override
  public Integer call() throws Exception {
    Settings settings = main.settings();
    Path file = questions != null ? questions : settings.home().resolve("eval").resolve("dev.jsonl");
    List<String> qs = read(file);
    Path tmp = Files.createTempDirectory("permanence-bench");
    try {
      long start = System.nanoTime();
      int passages;
      try (PassageIndex index = PassageIndex.open(tmp.resolve("index"), new CorpusSource(settings.corpusDir()))) {
        passages = index.searchers().acquire().getIndexReader().numDocs();
      }
      double buildMs = (System.nanoTime() - start) / 1e6;
      System.out.printf("index build   : %.0f ms for %d passages (corpus %s)%n", buildMs, passages, settings.corpusDir());
      try (Permanence bot = Permanence.open(new Settings(settings.home(), tmp, settings.corpusDir(), settings.synonyms(), settings.contact()))) {
        for (int r = 0; r < warmup; r++) {
          qs.forEach(q -> bot.composer().answer(q));
        }
        long[] nanos = new long[qs.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
          for (String q : qs) {
            long t = System.nanoTime();
            bot.composer().answer(q);
            nanos[n++] = System.nanoTime() - t;
          }
        }
        Arrays.sort(nanos);
        System.out.printf("search+answer : p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d questions × %d rounds after %d warm-up)%n",
            pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, qs.size(), rounds, warmup);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used     : %.1f MB after GC (max %.0f MB)%n",
            (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
      }
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
  }

  private static List<String> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> qs = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        JsonNode q = json.readTree(line).get("question");
        if (q != null) {
          qs.add(q.asText());
        }
      }
    }
    if (qs.isEmpty()) {
      throw new IOException(file + " : aucune question");
    }
    return qs;
  }
}
