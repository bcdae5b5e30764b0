package fr.permanence.conversation;

import java.util.Locale;

/** Where a message comes from; decides how commands are spelled in help texts. */
public enum Platform {
  CONSOLE(""),
  DISCORD("/"),
  MATRIX("!");

  private final String prefix;

  Platform(String prefix) {
    this.prefix = prefix;
  }

  /** What commands start with on this platform: "/question", "!question", "question". */
  public String prefix() {
    return prefix;
  }

  /** Lowercase name, as used in logs and records ("discord"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
