package fr.permanence.startup;

import java.util.Objects;

/**
 * Why the process cannot go on — at start-up, or later when a service revokes the bot's access —
 * with a message in French that says what to do, and the class of the failure, which decides the
 * exit status. Thrown at the boundary where the cause is understood (an adapter seeing a 401, a
 * command reading its configuration) and turned into an exit status by the command that runs.
 */
public final class StartupFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final ExitStatus status;

  /**
   * @param status {@link ExitStatus#CONFIGURATION} or {@link ExitStatus#TRANSIENT}
   * @param message in French, saying what failed and what to do about it
   */
  public StartupFailure(ExitStatus status, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    if (Objects.requireNonNull(status, "status") == ExitStatus.OK) {
      throw new IllegalArgumentException("a failure cannot exit with status OK");
    }
    this.status = status;
  }

  /** A configuration error: exit 2, not restarted. */
  public static StartupFailure configuration(String message, Throwable cause) {
    return new StartupFailure(ExitStatus.CONFIGURATION, message, cause);
  }

  /** A transient failure: exit 1, restarted. */
  public static StartupFailure transientFailure(String message, Throwable cause) {
    return new StartupFailure(ExitStatus.TRANSIENT, message, cause);
  }

  public ExitStatus status() {
    return status;
  }
}
