package fr.permanence.search;

import java.nio.file.Path;

/** The index on disk cannot be opened, built or written; says where and why. */
public final class IndexUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexUnavailableException(Path dir, String reason, Throwable cause) {
    super(dir + ": " + reason + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
  }
}
