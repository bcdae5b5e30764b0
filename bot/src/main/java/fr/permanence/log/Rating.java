package fr.permanence.log;

import java.util.Locale;
import java.util.Optional;

/** A member's verdict on an answer. */
public enum Rating {
  UP(1, "👍"),
  DOWN(-1, "👎");

  private final int value;
  private final String emoji;

  Rating(int value, String emoji) {
    this.value = value;
    this.emoji = emoji;
  }

  /** The value stored in the log: +1 or -1. */
  public int value() {
    return value;
  }

  public String emoji() {
    return emoji;
  }

  static Rating ofValue(int value) {
    return value > 0 ? UP : DOWN;
  }

  /** Reads what a member types: 👍/👎, +/-, up/down, oui/non, bien/mal… */
  public static Optional<Rating> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "👍", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿", "+", "+1", "up", "oui", "bien", "bon", "utile", "merci" ->
          Optional.of(UP);
      case "👎", "👎🏻", "👎🏼", "👎🏽", "👎🏾", "👎🏿", "-", "-1", "down", "non", "mal", "mauvais", "inutile", "faux" ->
          Optional.of(DOWN);
      default -> Optional.empty();
    };
  }
}
