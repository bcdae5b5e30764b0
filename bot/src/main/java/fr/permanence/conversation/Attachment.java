package fr.permanence.conversation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent with a command, already downloaded by the adapter (after its type and size were
 * checked) to a temporary file the adapter deletes afterwards.
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
