package fr.permanence.conversation;

/**
 * What trainers read and note: built from the question log by its owner. Implementations are
 * shared by every adapter's threads and must be thread-safe.
 */
public interface TrainerReports {
  /** A short French summary of recent questions, for a chat message. */
  String summary();

  /** The full report, as a Markdown document sent as a file. */
  String report();

  /**
   * Marks the unanswered subject {@code gap} (its id in the report) as handled, with
   * {@code note} saying what was done; returns what to tell the trainer, in French (done, or why not).
   */
  String markHandled(String gap, String note);
}
