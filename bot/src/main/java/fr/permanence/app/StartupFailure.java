package fr.permanence.app;

/**
 * A chat adapter cannot run, or cannot go on: a French message the operator can act on and the
 * process exit status of its class, which the systemd unit ({@code deploy/permanence.service})
 * follows. A configuration failure (a refused or revoked token, a wrong address) exits with
 * {@link #CONFIGURATION} and is not restarted: restarting cannot fix it. A transient failure (a
 * server unreachable for now) exits with {@link #TRANSIENT} and is restarted.
 */
public final class StartupFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** A failure only a person can fix; the unit's {@code RestartPreventExitStatus}. */
  public static final int CONFIGURATION = 2;
  /** A failure that may pass; systemd's {@code Restart=on-failure} tries again. */
  public static final int TRANSIENT = 1;

  private final int exitStatus;

  private StartupFailure(String frenchMessage, int exitStatus, Throwable cause) {
    super(frenchMessage, cause);
    this.exitStatus = exitStatus;
  }

  /** A failure of the configuration: the message says what to change. */
  public static StartupFailure configuration(String frenchMessage, Throwable cause) {
    return new StartupFailure(frenchMessage, CONFIGURATION, cause);
  }

  /** A failure that may pass by itself. */
  public static StartupFailure transientFailure(String frenchMessage, Throwable cause) {
    return new StartupFailure(frenchMessage, TRANSIENT, cause);
  }

  /** The process exit status for this failure. */
  public int exitStatus() {
    return exitStatus;
  }
}
