package fr.permanence.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a document can be added in, recognised by their file name's extension. */
public enum UploadFormat {
  /** A PDF with a text layer. */
  PDF(List.of("pdf")),
  /** Plain UTF-8 text. */
  TEXT(List.of("txt")),
  /** Markdown, read as text without its markup. */
  MARKDOWN(List.of("md", "markdown"));

  private final List<String> extensions;

  UploadFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The format {@code fileName}'s extension names, if it is one of ours. */
  public static Optional<UploadFormat> of(String fileName) {
    String name = fileName == null ? "" : fileName;
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
  }
}
