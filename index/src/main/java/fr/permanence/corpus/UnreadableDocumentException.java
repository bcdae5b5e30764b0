package fr.permanence.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.NoSuchFileException;
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
    super(file + ": " + reason(cause), cause);
    this.file = file;
  }

  /** What went wrong, in French for the failures an operator meets: a file gone, JSON cut short. */
  private static String reason(Throwable cause) {
    if (cause instanceof NoSuchFileException) {
      return "fichier introuvable";
    }
    if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
      return "JSON invalide ou incomplet (ligne " + json.getLocation().getLineNr() + ", colonne "
          + json.getLocation().getColumnNr() + ")";
    }
    return cause.getMessage();
  }

  public Path file() {
    return file;
  }
}
