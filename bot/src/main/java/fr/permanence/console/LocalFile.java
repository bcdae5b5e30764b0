package fr.permanence.console;

import fr.permanence.conversation.Attachment;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file on this machine that a moderator adds to the corpus from the console or the command
 * line: checked as an upload is (format, size), then handed to the core as an attachment.
 */
public final class LocalFile {
  private LocalFile() {}

  /**
   * {@code path} as an attachment, or a French refusal saying why it cannot be added.
   *
   * @throws RefusedFileException with the French reason
   */
  public static Attachment attachment(String path, UploadPolicy policy) {
    Path file = Path.of(path).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new RefusedFileException("Je ne trouve pas le fichier « " + file + " » (ou je ne peux pas le lire).");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new RefusedFileException("Je ne peux pas lire le fichier « " + file + " » : " + e.getMessage());
    }
    String name = file.getFileName().toString();
    policy.problem(name, "", size).ifPresent(problem -> {
      throw new RefusedFileException(problem);
    });
    return new Attachment(name, size, file);
  }

  /** A file that cannot be added, with the French reason. */
  public static final class RefusedFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedFileException(String reason) {
      super(reason);
    }
  }
}
