package fr.permanence.app;

import fr.permanence.answer.Answer;
import fr.permanence.answer.Quote;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.MemberRecords;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.RecentReplies;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import fr.permanence.log.Asked;
import fr.permanence.log.CitedPassage;
import fr.permanence.log.Erasure;
import fr.permanence.log.QuestionLog;
import fr.permanence.log.Rating;
import fr.permanence.search.Evidence;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The conversation core's records, kept in the question log: questions with what was cited,
 * feedback attached to the answer it rates, and erasure on request. Raw platform ids only
 * cross this class on their way to the log's pseudonymizer.
 *
 * <p>Thread-safe: adapters call it from their event threads; it keeps no state of its own but
 * the remembered replies ({@link RecentReplies}, locked) and hands writes to the log, which takes
 * them from any thread.
 */
public final class QuestionRecords implements MemberRecords {
  /** Replies whose feedback can still be attached: enough for a busy day of questions. */
  static final int REMEMBERED_REPLIES = 10_000;

  private final QuestionLog log;
  private final Clock clock;
  private final Function<String, Optional<Passage>> passages;
  private final RecentReplies<Long> questionIds = new RecentReplies<>(REMEMBERED_REPLIES);

  /**
   * @param log where questions go
   * @param clock when they were asked
   * @param passages the index's passages by id: where a cited article sits in the Code du travail's plan
   */
  public QuestionRecords(QuestionLog log, Clock clock, Function<String, Optional<Passage>> passages) {
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.passages = Objects.requireNonNull(passages, "passages");
  }

  @Override
  public String pseudonym(Platform platform, String userId) {
    return log.pseudonym(platform.id(), userId);
  }

  @Override
  public void question(Incoming message, String replyId, Answer answer) {
    long id = log.record(asked(message.platform().id(), message.channelId(), message.userId(), answer,
        answer.result().tookNanos() / 1_000, clock, passages));
    if (id > 0) {
      questionIds.put(replyId, id);
    }
  }

  /** What the log keeps of an answered question: the reply, what it quoted and where that sits, how well it matched. */
  public static Asked asked(String platform, String channel, String asker, Answer answer, long micros, Clock clock,
      Function<String, Optional<Passage>> passages) {
    List<CitedPassage> cited = answer.quotes().stream().map(q -> cited(q, passages)).toList();
    return new Asked(clock.instant(), platform, channel, asker, answer.question(), answer.answerable(), cited,
        micros, answer.mode(), answer.text(), evidence(answer.result().evidence()));
  }

  private static CitedPassage cited(Quote q, Function<String, Optional<Passage>> passages) {
    // An article's plan (partie > livre > titre…) themes the question for trainers; a document's heading too.
    String section = passages.apply(q.citation().passageId()).map(p -> plan(p, passages)).orElse(q.citation().section());
    return new CitedPassage(q.citation().passageId(), q.citation().doc(), q.citation().title(),
        q.citation().article().isEmpty() ? null : q.citation().article(), q.score(), section);
  }

  /** The best passage's relative score, or NaN when the search measured nothing. */
  private static double evidence(Evidence e) {
    return e == null || e == Evidence.NONE ? Double.NaN : e.relativeScore();
  }

  /**
   * Where a passage sits for trainers: an article's place in the Code du travail's plan; for a fact
   * sheet or an agreement, the plan of the first article of the Code it cites (when the index has
   * it), else its title and heading; for a union document, its heading.
   */
  static String plan(Passage p, Function<String, Optional<Passage>> passages) {
    if (p.article() != null && !p.article().path().isEmpty()) {
      return p.article().path();
    }
    for (String number : p.cites()) {
      Optional<String> path = passages.apply("cdt#" + number)
          .filter(a -> a.article() != null && !a.article().path().isEmpty())
          .map(a -> a.article().path());
      if (path.isPresent()) {
        return path.get();
      }
    }
    return p.kind() == SourceKind.DOCUMENT || p.section().isEmpty() ? p.section()
        : p.title() + " > " + p.section();
  }

  /** The log's number of the question answered by reply {@code replyId}, if it was logged. */
  public OptionalLong questionId(String replyId) {
    return questionIds.get(replyId).map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }

  @Override
  public void feedback(Incoming message, String replyId, String question, boolean helpful) {
    OptionalLong id = questionId(replyId);
    if (id.isPresent()) {
      log.feedbackAsync(id.getAsLong(), message.platform().id(), message.userId(), helpful ? Rating.UP : Rating.DOWN,
          message.option("raison"));
    }
  }

  @Override
  public Erasure forget(Platform platform, String userId) {
    return log.erase(platform.id(), userId);
  }
}
