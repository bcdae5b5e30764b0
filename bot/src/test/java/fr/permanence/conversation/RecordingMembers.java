package fr.permanence.conversation;

import fr.permanence.answer.Answer;
import fr.permanence.log.Erasure;
import java.util.ArrayList;
import java.util.List;

/** Member records kept in memory, as the question log would keep them, for the tests to inspect. */
public final class RecordingMembers implements MemberRecords {
  public final List<String> lines = new ArrayList<>();

  @Override
  public String pseudonym(Platform platform, String userId) {
    return "pseudo-" + Integer.toHexString((platform.id() + ":" + userId).hashCode());
  }

  @Override
  public synchronized void question(Incoming message, String replyId, Answer answer) {
    lines.add("question " + pseudonym(message.platform(), message.userId()) + " " + replyId + " " + message.text());
  }

  @Override
  public synchronized void feedback(Incoming message, String replyId, String question, boolean helpful) {
    lines.add("feedback " + pseudonym(message.platform(), message.userId()) + " " + replyId + " "
        + (helpful ? "up" : "down") + " " + question);
  }

  @Override
  public synchronized Erasure forget(Platform platform, String userId) {
    String who = pseudonym(platform, userId);
    int questions = (int) lines.stream().filter(l -> l.startsWith("question " + who + " ")).count();
    int ratings = (int) lines.stream().filter(l -> l.startsWith("feedback " + who + " ")).count();
    lines.removeIf(l -> l.contains(" " + who + " "));
    return new Erasure(questions, ratings);
  }
}
