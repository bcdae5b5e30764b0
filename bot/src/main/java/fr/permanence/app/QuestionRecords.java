package fr.permanence.app;

import fr.permanence.answer.Answer;
import fr.permanence.answer.Quote;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.MemberRecords;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.RecentReplies;
import fr.permanence.log.Asked;
import fr.permanence.log.CitedPassage;
import fr.permanence.log.Erasure;
import fr.permanence.log.QuestionLog;
import fr.permanence.log.Rating;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * The conversation core's records, kept in the question log: questions with what was cited,
 * feedback attached to the answer it rates, and erasure on request. Raw platform ids only
 * cross this class on their way to the log's pseudonymizer.
 */
public final class QuestionRecords implements MemberRecords {
  /** Replies whose feedback can still be attached: enough for a busy day of questions. */
  static final int REMEMBERED_REPLIES = 10_000;

  private final QuestionLog log;
  private final Clock clock;
  private final RecentReplies<Long> questionIds = new RecentReplies<>(REMEMBERED_REPLIES);

  public QuestionRecords(QuestionLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public String pseudonym(Platform platform, String userId) {
    return log.pseudonym(platform.id(), userId);
  }

  @Override
  public void question(Incoming message, String replyId, Answer answer) {
    long id = log.record(asked(message.platform().id(), message.channelId(), message.userId(), answer,
        answer.result().tookNanos() / 1_000, clock));
    if (id > 0) {
      questionIds.put(replyId, id);
    }
  }

  /** What the log keeps of an answered question. */
  public static Asked asked(String platform, String channel, String asker, Answer answer, long micros, Clock clock) {
    List<CitedPassage> cited = answer.quotes().stream().map(QuestionRecords::cited).toList();
    return new Asked(clock.instant(), platform, channel, asker, answer.question(), answer.answerable(), cited,
        micros, answer.mode());
  }

  private static CitedPassage cited(Quote q) {
    return new CitedPassage(q.citation().passageId(), q.citation().doc(), q.citation().title(),
        q.citation().article().isEmpty() ? null : q.citation().article(), q.score());
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
