package fr.permanence.conversation;

import java.util.Objects;

/**
 * Something the member can do on a reply: a button on Discord, a reaction or a command hint on
 * Matrix.
 *
 * @param kind what it does
 * @param label its French label
 * @param value what it acts on: the reply id for feedback, the passage id for a passage
 */
public record Action(Kind kind, String label, String value) {
  /** The kinds of action. */
  public enum Kind {
    /** The answer helped. */
    FEEDBACK_UP,
    /** The answer did not help. */
    FEEDBACK_DOWN,
    /** Show a cited passage in full. */
    SHOW_PASSAGE
  }

  public Action {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
