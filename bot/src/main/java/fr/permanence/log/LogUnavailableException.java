package fr.permanence.log;

/** The question log cannot be read; the message is French and says what to do. */
public final class LogUnavailableException extends RuntimeException {
  public LogUnavailableException(String message) {
    super(message);
  }

  public LogUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
