package fr.permanence.moderation;

import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.ingest.UploadFormat;
import fr.permanence.ingest.UploadedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a moderator may send to add to the corpus: the formats the corpus reads and a size
 * limit, checked from the file's name, announced type and size before anything is downloaded
 * (by the chat adapters), and again on the file received (by the {@link CorpusEditor}). One
 * place for these rules and their French refusals, whatever the platform.
 *
 * @param maxBytes the largest file accepted
 */
public record UploadPolicy(long maxBytes) {
  /** Default largest file: the union's biggest reports are a few megabytes. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public UploadPolicy {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the upload limit must be positive: " + maxBytes);
    }
  }

  /** The default limit. */
  public static UploadPolicy defaults() {
    return new UploadPolicy(DEFAULT_MAX_BYTES);
  }

  /** Why the file cannot be added, in French, or empty when it may be downloaded. */
  public Optional<String> problem(String fileName, String contentType, long size) {
    String name = fileName == null ? "" : fileName;
    Optional<UploadFormat> format = UploadFormat.of(name);
    if (format.isEmpty()) {
      return Optional.of(UploadedText.unsupported(name));
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean pdf = format.get() == UploadFormat.PDF;
    boolean typeFits = type.isEmpty() || type.startsWith("application/octet-stream")
        || (pdf ? type.startsWith("application/pdf") : type.startsWith("text/"));
    if (!typeFits) {
      return Optional.of("« " + name + " » est annoncé comme « " + type + " », pas comme un "
          + (pdf ? "PDF" : "texte") + " : vérifiez le fichier.");
    }
    return sizeProblem(name, size);
  }

  /**
   * Checks the file received, before it is read.
   *
   * @throws RejectedDocumentException (French) when its format or size is not accepted
   */
  public void check(Path file, String fileName) {
    if (UploadFormat.of(fileName).isEmpty()) {
      throw new RejectedDocumentException(fileName, UploadedText.unsupported(fileName));
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » n'a pas pu être lu : renvoyez-le.", e);
    }
    sizeProblem(fileName, size).ifPresent(problem -> {
      throw new RejectedDocumentException(fileName, problem);
    });
  }

  private Optional<String> sizeProblem(String name, long size) {
    if (size > maxBytes) {
      return Optional.of("« " + name + " » fait " + megabytes(size) + ", au-delà de la limite de "
          + megabytes(maxBytes) + " : envoyez une version allégée (sans images) ou découpez le document.");
    }
    if (size == 0) {
      return Optional.of("« " + name + " » est vide.");
    }
    return Optional.empty();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
  }
}
