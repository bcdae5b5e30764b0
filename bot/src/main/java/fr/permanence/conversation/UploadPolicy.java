package fr.permanence.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a moderator may send to add to the corpus, checked from the file's name, announced type
 * and size before anything is downloaded, whatever the platform.
 *
 * @param maxBytes the largest file accepted
 */
public record UploadPolicy(long maxBytes) {
  /** The formats the corpus reads: PDF with a text layer, plain text, Markdown. */
  public static final Set<String> EXTENSIONS = Set.of("pdf", "txt", "md", "markdown");

  /** Why the file cannot be added, in French, or empty when it may be downloaded. */
  public Optional<String> problem(String fileName, String contentType, long size) {
    String name = fileName == null ? "" : fileName;
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!EXTENSIONS.contains(extension)) {
      return Optional.of("Format de « " + name + " » non pris en charge : envoyez un PDF (.pdf), "
          + "un texte (.txt) ou du Markdown (.md).");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean typeFits = type.isEmpty() || type.startsWith("application/octet-stream")
        || (extension.equals("pdf") ? type.startsWith("application/pdf") : type.startsWith("text/"));
    if (!typeFits) {
      return Optional.of("« " + name + " » est annoncé comme « " + type + " », pas comme un "
          + (extension.equals("pdf") ? "PDF" : "texte") + " : vérifiez le fichier.");
    }
    if (size > maxBytes) {
      return Optional.of(String.format(Locale.FRANCE, "« %s » fait %.1f Mo, au-delà de la limite de %.1f Mo : "
          + "envoyez une version allégée (sans images) ou découpez le document.", name,
          size / 1048576.0, maxBytes / 1048576.0));
    }
    if (size == 0) {
      return Optional.of("« " + name + " » est vide.");
    }
    return Optional.empty();
  }
}
