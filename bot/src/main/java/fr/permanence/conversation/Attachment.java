package fr.permanence.conversation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent with a command, its type and size already checked by the adapter: downloaded by a
 * chat adapter to a temporary file it deletes afterwards, or the moderator's own file at the
 * console. The core only reads it.
 *
 * @param fileName the name the sender gave it
 * @param size its size in bytes
 * @param file where it was downloaded
 */
public record Attachment(String fileName, long size, Path file) {
  public Attachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(file, "file");
  }
}
