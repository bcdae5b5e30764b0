package fr.permanence.moderation;

/**
 * The corpus audit cannot be read or written: damaged, locked too long, or on a full disk. Its
 * message is French, says what to do, and is shown to moderators as the reason their change is
 * refused; answers are not concerned.
 */
public final class AuditUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuditUnavailableException(String frenchReason, Throwable cause) {
    super(frenchReason, cause);
  }
}
