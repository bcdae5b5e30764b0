package fr.permanence.bench;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import fr.permanence.answer.Answer;
import fr.permanence.answer.Answerer;
import fr.permanence.llm.ChatModelFactory;
import fr.permanence.llm.FallbackReason;
import fr.permanence.llm.GeneratedAnswerer;
import fr.permanence.llm.GroundedPrompt;
import fr.permanence.llm.LlmSettings;
import fr.permanence.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.helpers.NOPLogger;

/**
 * Measures what generated answers add to the plain (extractive) answer, around the model call:
 * building the prompt, verifying and laying out the reply, against a {@link LoopbackModelServer}
 * that quotes the first passage faithfully, over both protocols. The extractive answer a
 * generated one starts from (its search) and the model call are timed apart: the bench measures
 * the search on its own.
 */
public final class LlmBenchmark {
  /** Answers not measured while the JIT compiles the path. */
  static final int WARMUP_ANSWERS = 30;
  /** Words the stand-in model quotes from passage [1]: a typical short quote. */
  private static final int QUOTED_WORDS = 10;
  private static final Pattern FIRST_PASSAGE =
      Pattern.compile("<passage n=\"1\"[^>]*>\\n(.*?)\\n</passage>", Pattern.DOTALL);

  /**
   * Figures for one protocol.
   *
   * @param provider the API measured
   * @param answers answers measured
   * @param modes how many answers per mode ("generated", "fallback:…", "extractive")
   * @param overheadP50Nanos median time of an answer minus its model call and the extractive answer it starts from
   * @param overheadP90Nanos 90th percentile of the same
   * @param overheadMaxNanos worst of the same
   * @param modelP50Nanos median model call (HTTP and JSON on loopback)
   * @param plainP50Nanos median extractive answer (search included) a generated answer starts from
   */
  public record Report(
      LlmSettings.Provider provider, int answers, Map<String, Integer> modes, long overheadP50Nanos,
      long overheadP90Nanos, long overheadMaxNanos, long modelP50Nanos, long plainP50Nanos) {
    /** One line for the bench output. */
    public String summary() {
      return String.format(Locale.ROOT,
          "llm %-6s %d answers %s: overhead p50 %.2f ms, p90 %.2f ms, max %.2f ms beyond the plain answer "
              + "(plain answer p50 %.2f ms, model call p50 %.2f ms, loopback)",
          provider.code(), answers, modes, overheadP50Nanos / 1e6, overheadP90Nanos / 1e6, overheadMaxNanos / 1e6,
          plainP50Nanos / 1e6, modelP50Nanos / 1e6);
    }
  }

  /**
   * The generated answers not shown, over all protocols, by reason: one line rather than a
   * warning each (the stand-in model quotes the first words of passage [1], sometimes a heading
   * or a question, which the verifier rightly refuses).
   */
  public static String fallbacks(List<Report> reports) {
    Map<String, Integer> reasons = new TreeMap<>();
    int answers = 0;
    for (Report r : reports) {
      answers += r.answers();
      for (FallbackReason reason : FallbackReason.values()) {
        int n = r.modes().getOrDefault(reason.mode(), 0);
        if (n > 0) {
          reasons.merge(reason.code(), n, Integer::sum);
        }
      }
    }
    int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
    return String.format(Locale.ROOT, "llm fallback  : %d of %d answers %s", total, answers, reasons);
  }

  private final Answerer extractive;
  private final List<String> questions;
  private final int rounds;

  /**
   * @param extractive the real extractive answerer (search + quotes) over the real index
   * @param questions questions to ask, each asked {@code rounds} times
   */
  public LlmBenchmark(Answerer extractive, List<String> questions, int rounds) {
    if (questions.isEmpty() || rounds < 1) {
      throw new IllegalArgumentException("benchmark needs questions and at least one round");
    }
    this.extractive = extractive;
    this.questions = List.copyOf(questions);
    this.rounds = rounds;
  }

  /** Runs the benchmark over OpenAI's and Ollama's protocols. */
  public List<Report> run() {
    try (LoopbackModelServer server = LoopbackModelServer.start(LlmBenchmark::faithfulReply)) {
      return List.of(
          measure(server, LlmSettings.Provider.OPENAI),
          measure(server, LlmSettings.Provider.OLLAMA));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the loopback model server", e);
    }
  }

  private Report measure(LoopbackModelServer server, LlmSettings.Provider provider) {
    LlmSettings settings = new LlmSettings(provider, server.baseUrl(provider), "loopback", "",
        Duration.ofSeconds(2), Duration.ofSeconds(10), LlmSettings.DEFAULT_MAX_ANSWER_CHARS);
    TimedChatModel model = new TimedChatModel(ChatModelFactory.create(settings));
    TimedAnswerer plain = new TimedAnswerer(extractive);
    // Fallbacks are counted in the modes and said in one line (fallbacks), not logged one by one.
    GeneratedAnswerer answerer = new GeneratedAnswerer(plain, model, settings, warning -> { }, NOPLogger.NOP_LOGGER);
    for (int i = 0; i < WARMUP_ANSWERS; i++) {
      answerer.answer(questions.get(i % questions.size()));
    }
    int n = questions.size() * rounds;
    long[] overhead = new long[n];
    long[] modelNanos = new long[n];
    long[] plainNanos = new long[n];
    Map<String, Integer> modes = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      model.reset();
      long start = System.nanoTime();
      Answer a = answerer.answer(questions.get(i % questions.size()));
      long total = System.nanoTime() - start;
      modelNanos[i] = model.nanos;
      plainNanos[i] = plain.nanos;
      overhead[i] = total - model.nanos - plain.nanos;
      modes.merge(a.mode(), 1, Integer::sum);
    }
    Arrays.sort(overhead);
    Arrays.sort(modelNanos);
    Arrays.sort(plainNanos);
    return new Report(provider, n, modes, percentile(overhead, 50), percentile(overhead, 90), overhead[n - 1],
        percentile(modelNanos, 50), percentile(plainNanos, 50));
  }

  private static long percentile(long[] sorted, int pct) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(pct / 100.0 * sorted.length) - 1)];
  }

  /** What a faithful model says: the first words of passage [1], quoted and cited. */
  static LoopbackModelServer.Reply faithfulReply(LoopbackModelServer.Request request) {
    Matcher m = FIRST_PASSAGE.matcher(request.user());
    if (!m.find()) {
      return LoopbackModelServer.Reply.say(GroundedPrompt.REFUSAL);
    }
    List<String> sentences = SentenceSplitter.sentences(m.group(1));
    String[] words = (sentences.isEmpty() ? m.group(1) : sentences.get(0)).split("\\s+");
    String quote = String.join(" ", Arrays.copyOf(words, Math.min(QUOTED_WORDS, words.length)));
    return LoopbackModelServer.Reply.say("Le texte prévoit : « " + quote + " » [1].");
  }

  /** Times the extractive answer a generated one starts from. Single-threaded, like the benchmark. */
  private static final class TimedAnswerer implements Answerer {
    private final Answerer delegate;
    private long nanos;

    TimedAnswerer(Answerer delegate) {
      this.delegate = delegate;
    }

    @Override
    public Answer answer(String question) {
      long start = System.nanoTime();
      try {
        return delegate.answer(question);
      } finally {
        nanos = System.nanoTime() - start;
      }
    }
  }

  /** Times the model calls of one answer. Single-threaded, like the benchmark. */
  private static final class TimedChatModel implements ChatModel {
    private final ChatModel delegate;
    private long nanos;

    TimedChatModel(ChatModel delegate) {
      this.delegate = delegate;
    }

    void reset() {
      nanos = 0;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
      long start = System.nanoTime();
      try {
        return delegate.chat(request);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }
  }
}
