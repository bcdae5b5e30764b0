package fr.permanence.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import fr.permanence.answer.Answer;
import fr.permanence.answer.Answerer;
import fr.permanence.answer.Citation;
import fr.permanence.answer.Quote;
import fr.permanence.answer.UnseenMaterial;
import fr.permanence.corpus.SourceKind;
import fr.permanence.search.Hit;
import fr.permanence.text.SentenceSplitter;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers in plain French sentences written by a language model from the passages the search
 * found, verified before being shown; falls back to the extractive answer, with the reason in
 * its mode ({@code fallback:<reason>}) and logged, whenever the model fails or a check does.
 *
 * <p>Only the (masked) question and the passages are sent: the member's id, name or channel
 * never reach this class.
 *
 * <p>Thread-safe when its extractive answerer, model and warnings consumer are: it keeps nothing
 * between questions (the masker, prompt and verifier are immutable), and adapters call it from
 * their event threads.
 */
public final class GeneratedAnswerer implements Answerer {
  private static final Logger LOG = LoggerFactory.getLogger(GeneratedAnswerer.class);
  /** The answer mode of a shown generated answer. */
  public static final String MODE = "generated";
  /** The search's five best passages: more dilutes a small model's attention and slows it down. */
  static final int MAX_PASSAGES = 5;
  private static final Pattern GUILLEMETS = Pattern.compile("«\\s*([^»]*?)\\s*»");

  private final Answerer extractive;
  private final Function<Answer, List<Content>> passages;
  private final ChatModel model;
  private final LlmSettings settings;
  private final Consumer<String> warnings;
  private final Logger log;
  private final QuestionMasker masker = new QuestionMasker();
  private final GroundedPrompt prompt = new GroundedPrompt();
  private final AnswerVerifier verifier = new AnswerVerifier();

  /**
   * Grounds the model on the passages the extractive answer was built from (one search per question).
   *
   * @param extractive the answerer whose answer is the fallback and whose search supplies the passages
   * @param warnings receives a French line for each fallback (console, operator channel…)
   */
  public GeneratedAnswerer(Answerer extractive, ChatModel model, LlmSettings settings, Consumer<String> warnings) {
    this(extractive, model, settings, warnings, LOG);
  }

  /**
   * As above, logging each fallback to {@code log}: the benchmark counts them and says them in
   * one line instead.
   */
  public GeneratedAnswerer(Answerer extractive, ChatModel model, LlmSettings settings, Consumer<String> warnings, Logger log) {
    this(a -> PassageContentRetriever.contents(a.result().hits()), extractive, model, settings, warnings, log);
  }

  /** Grounds the model on what {@code retriever} finds for the question instead. */
  public GeneratedAnswerer(
      Answerer extractive, ContentRetriever retriever, ChatModel model, LlmSettings settings,
      Consumer<String> warnings) {
    this(a -> retriever.retrieve(Query.from(a.question())), extractive, model, settings, warnings, LOG);
    Objects.requireNonNull(retriever, "retriever");
  }

  private GeneratedAnswerer(
      Function<Answer, List<Content>> passages, Answerer extractive, ChatModel model, LlmSettings settings,
      Consumer<String> warnings, Logger log) {
    this.log = Objects.requireNonNull(log, "log");
    this.extractive = Objects.requireNonNull(extractive, "extractive");
    this.passages = passages;
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  @Override
  public Answer answer(String question) {
    return answer(question, false);
  }

  /**
   * As {@link #answer(String)}; when the question was sent with files or points at one or at an
   * earlier message, the generated answer starts with the same line as the quoted one ({@link
   * UnseenMaterial#notice}), within the same length.
   */
  @Override
  public Answer answer(String question, boolean filesSent) {
    Answer fallback = extractive.answer(question, filesSent);
    List<Content> contents = passages.apply(fallback);
    if (contents.isEmpty()) {
      return fallback; // nothing to ground a sentence on: the extractive abstention says so
    }
    contents = contents.subList(0, Math.min(MAX_PASSAGES, contents.size()));
    ChatRequest request = prompt.request(masker.mask(question), contents);
    String reply;
    try {
      ChatResponse response = model.chat(request);
      reply = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
    } catch (RuntimeException e) {
      return fallBack(fallback, classify(e), describe(e));
    }
    List<String> texts = contents.stream().map(c -> c.textSegment().text()).toList();
    Verification verdict = verifier.verify(reply, texts);
    switch (verdict.outcome()) {
      case REJECTED -> {
        return fallBack(fallback, verdict.reason(), verdict.detail());
      }
      case REFUSAL -> {
        if (fallback.answerable()) {
          return fallBack(fallback, FallbackReason.REFUSAL, "recherche confiante, modèle muet");
        }
        log.info("model found no answer, nor did the search: extractive abstention shown");
        return fallback;
      }
      case GROUNDED -> {
        String notice = UnseenMaterial.notice(question, filesSent);
        Optional<AnswerLayout.Laid> laid =
            AnswerLayout.layout(reply, verdict.sentences(), contents, settings.maxAnswerChars() - notice.length());
        if (laid.isEmpty()) {
          return fallBack(fallback, FallbackReason.TOO_LONG, reply.length() + " caractères");
        }
        return generated(fallback, notice, laid.get(), contents);
      }
      default -> throw new IllegalStateException("unknown outcome " + verdict.outcome());
    }
  }

  private Answer generated(Answer fallback, String notice, AnswerLayout.Laid laid, List<Content> contents) {
    Map<String, Citation> known = new LinkedHashMap<>();
    fallback.quotes().forEach(q -> known.putIfAbsent(q.citation().passageId(), q.citation()));
    Map<String, Hit> hits = new LinkedHashMap<>();
    fallback.result().hits().forEach(h -> hits.putIfAbsent(h.passage().id(), h));
    Set<Integer> order = new LinkedHashSet<>();
    laid.sentences().forEach(s -> order.addAll(s.citations()));
    List<Quote> quotes = new ArrayList<>();
    Set<String> seeAlso = new LinkedHashSet<>();
    for (int n : order) {
      Content c = contents.get(n - 1);
      Metadata m = c.textSegment().metadata();
      String id = m.getString(PassageContentRetriever.PASSAGE_ID);
      Citation citation = known.containsKey(id) ? known.get(id) : citation(m, hits.get(id));
      String article = m.getString(PassageContentRetriever.ARTICLE);
      if (article != null && !article.isBlank()) {
        seeAlso.add(article);
      }
      Object score = c.metadata().get(dev.langchain4j.rag.content.ContentMetadata.SCORE);
      quotes.add(new Quote(quoted(laid.sentences(), n, c.textSegment().text(), hits.get(id)), citation,
          score instanceof Number s ? s.floatValue() : 0f));
    }
    return new Answer(fallback.question(), true, notice + laid.text(), quotes, List.copyOf(seeAlso), MODE,
        fallback.result());
  }

  /** What the answer quotes from passage n: its «quotes», else the search's highlights, else its first sentence. */
  private static String quoted(List<CitedSentence> sentences, int n, String passage, Hit hit) {
    List<String> quotes = new ArrayList<>();
    for (CitedSentence s : sentences) {
      if (s.citations().contains(n)) {
        Matcher m = GUILLEMETS.matcher(s.text());
        while (m.find()) {
          quotes.add(m.group(1));
        }
      }
    }
    if (!quotes.isEmpty()) {
      return String.join(" […] ", quotes);
    }
    if (hit != null && !hit.highlights().isEmpty()) {
      return String.join(" […] ", hit.best(hit.highlights().size()));
    }
    List<String> first = SentenceSplitter.sentences(passage);
    return first.isEmpty() ? passage : first.get(0);
  }

  /**
   * The citation of a passage the model cited but the extractive answer did not quote: as the
   * search's own hit reads it when known (an article by its subject), else from the content's
   * metadata, cited by its kind (a fiche, an agreement's article).
   */
  private static Citation citation(Metadata m, Hit hit) {
    if (hit != null) {
      return Citation.of(hit.passage());
    }
    Integer page = m.getInteger(PassageContentRetriever.PAGE);
    String kind = m.getString(PassageContentRetriever.KIND);
    return new Citation(m.getString(PassageContentRetriever.PASSAGE_ID), m.getString(PassageContentRetriever.DOC),
        m.getString(PassageContentRetriever.TITLE), page == null ? 0 : page,
        m.getString(PassageContentRetriever.SECTION), m.getString(PassageContentRetriever.ARTICLE),
        m.getString(PassageContentRetriever.URL), kind == null ? null : SourceKind.of(kind),
        m.getString(PassageContentRetriever.REFERENCE));
  }

  private Answer fallBack(Answer extractiveAnswer, FallbackReason reason, String detail) {
    log.warn("generated answer not shown ({}): {}", reason.code(), detail);
    warnings.accept("Réponse générée écartée (" + reason.code() + ") : " + reason.description()
        + (detail.isEmpty() ? "" : " — " + detail) + ". Réponse par citations affichée.");
    Answer a = extractiveAnswer;
    return new Answer(a.question(), a.answerable(), a.text(), a.quotes(), a.seeAlso(), reason.mode(), a.result());
  }

  /** The fallback reason for a failed model call, from the exception and its causes. */
  static FallbackReason classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
          || t instanceof UnresolvedAddressException) {
        return FallbackReason.UNREACHABLE;
      }
      if (t instanceof TimeoutException || t instanceof HttpTimeoutException
          || t instanceof SocketTimeoutException) {
        return FallbackReason.TIMEOUT;
      }
      if (t instanceof HttpException) {
        return FallbackReason.HTTP_ERROR;
      }
      if (t instanceof JsonProcessingException) {
        return FallbackReason.MALFORMED;
      }
    }
    return FallbackReason.ERROR;
  }

  private static String describe(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null && out.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
      out.append(out.isEmpty() ? "" : " ← ").append(t.getClass().getSimpleName());
      if (t instanceof HttpException h) {
        out.append(" HTTP ").append(h.statusCode());
      } else if (t.getMessage() != null) {
        String msg = t.getMessage().strip();
        out.append(": ").append(msg.length() > 120 ? msg.substring(0, 120) + "…" : msg);
      }
    }
    return out.toString();
  }
}
