package fr.permanence.bench;

import fr.permanence.app.Settings;
import fr.permanence.log.Asked;
import fr.permanence.log.CitedPassage;
import fr.permanence.log.LogOptions;
import fr.permanence.log.QuestionLog;
import fr.permanence.log.Rating;
import fr.permanence.report.ReportFormat;
import fr.permanence.report.ReportGenerator;
import fr.permanence.report.Review;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Measures the question log for {@code bench}: what logging costs an answer, and how long the
 * trainers' review of {@value #QUESTIONS} logged questions takes. Uses a fresh log in a
 * temporary directory, filled with varied synthetic French questions.
 */
public final class LogBenchmark {
  /** The scale for the review: a very busy year. */
  public static final int QUESTIONS = 100_000;
  /** Records before measuring, so the JIT has compiled the path. */
  private static final int WARM_UP = 5_000;
  /** One question in this many gets a rating, one in five of those a 👎. */
  private static final int RATED_EVERY = 20;
  /** One question in this many finds no passage. */
  private static final int UNANSWERED_EVERY = 4;

  private static final List<String> SUBJECTS = List.of(
      "heures de délégation", "formation des élus", "droit à la déconnexion", "télétravail", "licenciement économique",
      "rupture conventionnelle", "congés payés", "arrêt maladie", "heures supplémentaires", "astreintes",
      "surveillance des salariés", "algorithme de notation", "intelligence artificielle au travail",
      "consultation du CSE", "expertise du CSE", "budget de fonctionnement", "accord d'entreprise",
      "travail de nuit", "harcèlement moral", "inaptitude", "période d'essai", "forfait jours", "prime d'intéressement",
      "vidéosurveillance", "données personnelles RGPD", "plateformes de livraison", "requalification en salariat",
      "grève", "mandat syndical", "représentant de proximité");
  private static final List<String> FORMS = List.of(
      "Quelles sont les règles sur %s ?", "c quoi mes droits pour %s", "Bonjour, une question sur %s svp",
      "%s : que dit le code du travail ?", "mon employeur peut il changer %s", "Comment contester %s ?",
      "est-ce que le CSE doit être consulté pour %s", "%s ??");

  private LogBenchmark() {}

  /**
   * The figures of one run.
   *
   * @param questions questions logged
   * @param recordP50Micros median cost of {@code record()} on the answering thread
   * @param recordP99Micros 99th percentile of it
   * @param writtenPerSecond rows the background writer stores per second
   * @param reviewMillis time to read and group the {@code questions} (one year)
   * @param htmlMillis time to render the review as HTML
   * @param htmlBytes size of that HTML page
   * @param dropped questions the log had to drop (should be 0)
   */
  public record Figures(int questions, double recordP50Micros, double recordP99Micros, long writtenPerSecond,
      long reviewMillis, long htmlMillis, int htmlBytes, long dropped) {
    /** A few lines for {@code bench}. */
    public String describe() {
      return String.format(Locale.ROOT,
          "question log: record() p50 %.1f µs, p99 %.1f µs (target p50 < 1 ms); writer %d rows/s; %d dropped%n"
              + "review of %,d questions: %d ms to read and group, %d ms to render HTML (%,d bytes) (target < 5 s)",
          recordP50Micros, recordP99Micros, writtenPerSecond, dropped, questions, reviewMillis, htmlMillis, htmlBytes);
    }
  }

  /** Runs the benchmark in {@code tmpDir} (a fresh, empty directory that the caller deletes). */
  public static Figures run(Path tmpDir) {
    return run(tmpDir, QUESTIONS);
  }

  /** Runs the benchmark with {@code questions} questions (tests use fewer). */
  public static Figures run(Path tmpDir, int questions) {
    Instant now = Instant.now();
    Random random = new Random(42);
    // A queue as large as the run: this measures record()'s cost, not a writer outpaced on purpose.
    LogOptions options = LogOptions.defaults().withQueueCapacity(questions + WARM_UP + 1);
    long[] nanos = new long[questions];
    long dropped;
    long writtenPerSecond;
    try (QuestionLog log = QuestionLog.open(tmpDir, options)) {
      if (!log.available()) {
        throw new IllegalStateException("cannot open a question log in " + tmpDir);
      }
      for (int i = 0; i < WARM_UP; i++) {
        log.record(question(random, now.minus(Duration.ofDays(400)), i));
      }
      log.flush(Duration.ofMinutes(5));
      long writeStart = System.nanoTime();
      CompletableFuture<?> lastRating = CompletableFuture.completedFuture(null);
      for (int i = 0; i < questions; i++) {
        Asked asked = question(random, now.minusSeconds(random.nextInt(365 * 24 * 3600)), i);
        long t0 = System.nanoTime();
        long id = log.record(asked);
        nanos[i] = System.nanoTime() - t0;
        if (i % RATED_EVERY == 0 && id > 0) {
          Rating r = random.nextInt(5) == 0 ? Rating.DOWN : Rating.UP;
          lastRating = log.feedbackAsync(id, asked.platform(), asked.asker(), r, r == Rating.DOWN ? "pas clair" : "");
        }
      }
      if (!log.flush(Duration.ofMinutes(5))) {
        throw new IllegalStateException("the log writer did not catch up within 5 minutes");
      }
      lastRating.join();
      long writeNanos = System.nanoTime() - writeStart;
      writtenPerSecond = Math.round(questions / (writeNanos / 1e9));
      dropped = log.droppedCount();
      // The warm-up rows are more than a year old: purge them as retention would.
      log.purge();
    }
    Arrays.sort(nanos);
    ReportGenerator generator = new ReportGenerator(tmpDir, Clock.systemUTC(), Settings.ZONE);
    long t0 = System.nanoTime();
    Review review = generator.review(now.minus(Duration.ofDays(366)), now.plusSeconds(1));
    long t1 = System.nanoTime();
    String html = ReportGenerator.render(review, ReportFormat.HTML);
    long t2 = System.nanoTime();
    return new Figures(review.total(), nanos[nanos.length / 2] / 1e3, nanos[nanos.length * 99 / 100] / 1e3,
        writtenPerSecond, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, html.length(), dropped);
  }

  private static Asked question(Random random, Instant at, int i) {
    String subject = SUBJECTS.get(Math.min(SUBJECTS.size() - 1, (int) Math.abs(random.nextGaussian() * 8)));
    String text = String.format(FORMS.get(random.nextInt(FORMS.size())), subject);
    boolean answered = random.nextInt(UNANSWERED_EVERY) != 0;
    List<CitedPassage> cited = answered ? List.of(
        new CitedPassage("cdt#L23" + (10 + SUBJECTS.indexOf(subject)) + "-" + random.nextInt(3), "cdt",
            "Code du travail", "L23" + (10 + SUBJECTS.indexOf(subject)) + "-" + random.nextInt(3), 9f),
        new CitedPassage("guide#p" + random.nextInt(40), "guide", "Guide juridique", null, 6f)) : List.of();
    return new Asked(at, i % 3 == 0 ? "console" : "discord", "salon-" + random.nextInt(5),
        "membre-" + random.nextInt(2_000), text, answered, cited, 1_000 + random.nextInt(5_000),
        answered ? "extractive" : "fallback:no-passage");
  }

  /** Runs the benchmark once from the command line: {@code LogBenchmark <empty dir>}. */
  public static void main(String[] args) {
    System.out.println(run(Path.of(args[0])).describe());
  }
}
