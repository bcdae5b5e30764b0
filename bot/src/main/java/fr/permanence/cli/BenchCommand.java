package fr.permanence.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.files.Folders;
import fr.permanence.app.Permanence;
import fr.permanence.app.Settings;
import fr.permanence.bench.LlmBenchmark;
import fr.permanence.bench.LogBenchmark;
import fr.permanence.corpus.Corpus;
import fr.permanence.corpus.SourceFile;
import fr.permanence.files.DataFolder;
import fr.permanence.legi.CodeDuTravailImporter;
import fr.permanence.legi.ImportReport;
import fr.permanence.search.PassageIndex;
import fr.permanence.sources.CorpusSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Measures, in-process: index build time, search+answer latency over the development
 * questions after warm-up, heap used, the question log's overhead and report time, and the
 * generated-answer overhead around a model on loopback.
 */
@Command(name = "bench", description = "Mesure la construction de l'index, la latence recherche+réponse, la mémoire, le journal et le mode LLM.")
final class BenchCommand implements Callable<Integer> {
  /** The whole code must load fast enough to be read at every start of the bot. */
  private static final long CODE_READ_TARGET_MS = 1000;

  @ParentCommand
  Main main;

  @Option(names = "--questions", paramLabel = "FICHIER", description = "Questions JSONL (défaut : eval/dev.jsonl).")
  Path questions;

  @Option(names = "--rounds", description = "Passages mesurés sur toutes les questions (défaut : ${DEFAULT-VALUE}).")
  int rounds = 50;

  @Option(names = "--warmup", description = "Passages d'échauffement, non mesurés (défaut : ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Option(names = "--full-code", paramLabel = "PAQUET",
      description = "Mesure aussi avec tout le Code du travail importé de ce paquet legi-data (.tgz).")
  Path fullCode;

  @Option(names = "--log-questions", description = "Questions écrites pour mesurer le journal et le bilan (défaut : ${DEFAULT-VALUE} ; 0 : pas de mesure).")
  int logQuestions = LogBenchmark.QUESTIONS;

  @Option(names = "--no-llm", description = "Ne mesure pas le mode LLM.")
  boolean noLlm;

  @Option(names = "--start-runs", description = "Démarrages mesurés de ./permanence ask, face à java -version "
      + "(défaut : ${DEFAULT-VALUE} ; 0 : pas de mesure).")
  int startRuns = 5;

  @Override
  public Integer call() throws Exception {
    Settings settings = main.settings();
    Path file = questions != null ? questions : settings.home().resolve("eval").resolve("dev.jsonl");
    List<String> qs = read(file);
    Path tmp = Files.createTempDirectory("permanence-bench");
    try {
      System.out.println("— corpus par défaut (" + settings.corpusDir() + ")");
      measure(settings, settings.corpusDir(), tmp.resolve("default"), qs, !noLlm);
      if (fullCode != null) {
        Path corpus = Folders.copy(settings.corpusDir(), tmp.resolve("full-corpus"));
        ImportReport report = new CodeDuTravailImporter().importTo(fullCode, List.of(), corpus.resolve(Corpus.CODE_DU_TRAVAIL));
        System.out.println("— tout le Code du travail : " + report.summary());
        readCode(corpus.resolve(Corpus.CODE_DU_TRAVAIL));
        measure(settings, corpus, tmp.resolve("full"), qs, false);
      }
      if (logQuestions > 0) {
        Path logDir = Files.createDirectories(tmp.resolve("log"));
        System.out.println(LogBenchmark.run(logDir, logQuestions).describe());
      }
      if (startRuns > 0) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        System.out.println(new StartBenchmark(settings.home().resolve("permanence"), java, tmp.resolve("start"),
            startRuns).run().summary());
      }
    } finally {
      Folders.delete(tmp);
    }
    return 0;
  }

  private void measure(Settings settings, Path corpusDir, Path dataDir, List<String> qs, boolean llm) throws IOException {
    long start = System.nanoTime();
    int passages;
    try (PassageIndex index = PassageIndex.open(new DataFolder(dataDir).index(), new CorpusSource(corpusDir))) {
      passages = index.searchers().acquire().getIndexReader().numDocs();
    }
    System.out.printf("index build   : %.0f ms for %d passages%n", (System.nanoTime() - start) / 1e6, passages);
    try (Permanence bot = Permanence.open(settings.with(dataDir, corpusDir))) {
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
      if (llm) {
        List<LlmBenchmark.Report> reports = new LlmBenchmark(bot.composer(), qs, Math.max(1, rounds / 10)).run();
        reports.forEach(report -> System.out.println(report.summary()));
        System.out.println(LlmBenchmark.fallbacks(reports));
      }
    }
  }

  /**
   * Times reading the whole code's file, which every start of the bot does: best of three, since
   * other programs share the machine.
   */
  private static void readCode(Path file) throws IOException {
    long best = Long.MAX_VALUE;
    int passages = 0;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      passages = SourceFile.read(file).size();
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf("code read     : %.0f ms for %d passages, best of 3 (target < %d ms: read at every start)%n",
        best / 1e6, passages, CODE_READ_TARGET_MS);
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
