package fr.permanence.corpus;

/**
 * A file a moderator tried to add to the corpus and that was refused before anything changed.
 * Its message is French and says what to do, ready to be shown to the moderator.
 */
public final class RejectedDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String fileName;

  public RejectedDocumentException(String fileName, String frenchReason) {
    super(frenchReason);
    this.fileName = fileName;
  }

  public RejectedDocumentException(String fileName, String frenchReason, Throwable cause) {
    super(frenchReason, cause);
    this.fileName = fileName;
  }

  /** The name of the refused file as the moderator sent it. */
  public String fileName() {
    return fileName;
  }
}
