package fr.permanence.ingest;

import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.files.Sha256;
import fr.permanence.ingest.pdf.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a file a moderator sent, in the corpus convention the ingester reads (see
 * {@link PlainText#normalize}), with the checksum of the file as sent.
 *
 * @param text the text to store in the corpus
 * @param checksum SHA-256 (hex) of the file's bytes
 * @param pages pages of a PDF, 0 for other formats
 * @param pagesWithoutText PDF pages left out because they had no text layer
 */
public record UploadedText(String text, String checksum, int pages, int pagesWithoutText) {
  /**
   * Reads {@code upload}, known to the moderator as {@code fileName}, whose name says its format.
   *
   * @throws RejectedDocumentException (French, ready to show) when it is not a readable document
   */
  public static UploadedText read(Path upload, String fileName) {
    UploadFormat format = UploadFormat.of(fileName).orElseThrow(() -> new RejectedDocumentException(fileName,
        unsupported(fileName)));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(upload);
    } catch (IOException e) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » n'a pas pu être lu : renvoyez-le.", e);
    }
    String checksum = checksum(bytes);
    return switch (format) {
      case PDF -> {
        PdfText.Extracted pdf = new PdfText().extract(upload, fileName);
        yield new UploadedText(pdf.text(), checksum, pdf.pages(), pdf.pagesWithoutText());
      }
      case TEXT -> new UploadedText(PlainText.normalize(PlainText.decode(bytes, fileName)), checksum, 0, 0);
      case MARKDOWN -> new UploadedText(MarkdownText.toText(PlainText.decode(bytes, fileName), fileName), checksum, 0, 0);
    };
  }

  /** The refusal of a file in a format the corpus does not read (French). */
  public static String unsupported(String fileName) {
    return "Format de « " + fileName + " » non pris en charge : envoyez un PDF (.pdf), un texte (.txt) ou du "
        + "Markdown (.md).";
  }

  /** SHA-256 of {@code bytes}, in hexadecimal. */
  public static String checksum(byte[] bytes) {
    return Sha256.of(bytes);
  }
}
