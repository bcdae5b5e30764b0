package fr.permanence.startup;

/**
 * The exit statuses of {@code permanence}, as deploy/permanence.service reads them (see docs/chat.md,
 * "Codes de sortie"): {@code Restart=on-failure} restarts a transient failure,
 * {@code RestartPreventExitStatus=2} keeps a configuration error stopped until someone fixes it.
 */
public enum ExitStatus {
  /** Stopped as asked (the end of a command, or SIGTERM under systemd, which sees 143 as success). */
  OK(0),
  /** Something outside the configuration failed (network, a server down, a lock held): trying again may work. */
  TRANSIENT(1),
  /** The configuration is wrong (a refused token, a malformed value, nothing to run): restarting cannot help. */
  CONFIGURATION(2);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }
}
