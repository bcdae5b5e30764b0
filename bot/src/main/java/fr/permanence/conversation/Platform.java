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

  /**
   * Whether a member's messages are rate-limited here: on Discord and Matrix many members share
   * the bot, and one of them sending a burst (a script, a stuck key) would slow everyone's
   * answers. The console is one person on their own machine, who may pipe a file of questions:
   * limiting them protects nobody and would drop questions.
   */
  public boolean rateLimited() {
    return this != CONSOLE;
  }

  /** Lowercase name, as used in logs and records ("discord"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
