package fr.permanence.conversation;

/** What a person may do, as their platform's roles or power levels tell. */
public enum Role {
  /** Any member: asks, reads passages, gives feedback, asks to be forgotten. */
  MEMBER,
  /** A trainer: also reads the summary and report of questions. */
  TRAINER,
  /** A moderator: also manages the corpus. */
  MODERATOR
}
