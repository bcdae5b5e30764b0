package fr.permanence.conversation;

/** What trainers read: built from the question log by its owner. */
public interface TrainerReports {
  /** A short French summary of recent questions, for a chat message. */
  String summary();

  /** The full report, as a Markdown document sent as a file. */
  String report();
}
