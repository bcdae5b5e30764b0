package fr.permanence.corpus;

import java.nio.file.Path;

/** A corpus file that cannot be read or understood; says which file and why. */
public final class UnreadableDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public UnreadableDocumentException(Path file, String reason) {
    super(file + ": " + reason);
    this.file = file;
  }

  public UnreadableDocumentException(Path file, Throwable cause) {
    super(file + ": " + cause.getMessage(), cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
