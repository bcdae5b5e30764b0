package fr.permanence.conversation;

import java.util.Objects;

/**
 * A file sent with a reply (the trainers' report).
 *
 * @param name its file name
 * @param content its bytes (UTF-8 text)
 */
public record ReplyFile(String name, String content) {
  public ReplyFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }
}
