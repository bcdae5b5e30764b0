package fr.permanence.ingest.pdf;

import fr.permanence.corpus.RejectedDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of a PDF page by page, written in the corpus convention the ingester reads:
 * the first line of each page starts with exactly one space, every other line starts flush left,
 * so passages keep their page numbers. Refuses, with a French message, encrypted, damaged and
 * image-only PDFs.
 */
public final class PdfText {
  /** Every PDF file starts with this header (ISO 32000-1, 7.5.2). */
  private static final byte[] MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** PDF readers accept the header within the first kilobyte; so do we. */
  private static final int HEADER_WINDOW = 1024;
  /** A page with fewer letters than this carries no usable text layer (a scan, a full-page image). */
  static final int MIN_LETTERS_PER_PAGE = 20;

  /**
   * The extracted text and how many pages had no text layer.
   *
   * @param text the text in the corpus convention
   * @param pages number of pages
   * @param pagesWithoutText pages that have (almost) no extractable text
   */
  public record Extracted(String text, int pages, int pagesWithoutText) {}

  /** Reads {@code pdf}; {@code fileName} is the name the moderator knows it by, for messages. */
  public Extracted extract(Path pdf, String fileName) {
    checkHeader(pdf, fileName);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      if (document.isEncrypted()) {
        throw new RejectedDocumentException(fileName, encrypted(fileName));
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw new RejectedDocumentException(fileName, "« " + fileName + " » ne contient aucune page.");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("");
      stripper.setPageStart("");
      StringBuilder out = new StringBuilder();
      int empty = 0;
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        if (letters(text) < MIN_LETTERS_PER_PAGE) {
          empty++;
        }
        appendPage(out, page, text);
      }
      if (empty == pages) {
        throw new RejectedDocumentException(fileName, "« " + fileName + " » ne contient pas de texte "
            + "(pages scannées ou images) : passez-le d'abord dans un logiciel de reconnaissance de "
            + "caractères (OCR), puis renvoyez le PDF obtenu.");
      }
      return new Extracted(out.toString(), pages, empty);
    } catch (InvalidPasswordException e) {
      throw new RejectedDocumentException(fileName, encrypted(fileName), e);
    } catch (IOException e) {
      throw new RejectedDocumentException(fileName, damaged(fileName), e);
    }
  }

  /**
   * Appends one page: its first non-blank line with exactly one leading space, the others flush
   * left. A page without text gets its number alone on the page line, which the ingester skips
   * as a page number while still counting the page.
   */
  static void appendPage(StringBuilder out, int page, String pageText) {
    String[] lines = pageText.replace('\f', '\n').replace("\r", "").split("\n", -1);
    boolean first = true;
    for (String line : lines) {
      String flush = line.strip();
      if (first) {
        if (flush.isEmpty()) {
          continue;
        }
        out.append(' ').append(flush).append('\n');
        first = false;
      } else {
        out.append(flush).append('\n');
      }
    }
    if (first) {
      out.append(' ').append(page).append('\n');
    }
  }

  private static void checkHeader(Path pdf, String fileName) {
    byte[] head;
    try (InputStream in = Files.newInputStream(pdf)) {
      head = in.readNBytes(HEADER_WINDOW);
    } catch (IOException e) {
      throw new RejectedDocumentException(fileName, damaged(fileName), e);
    }
    for (int i = 0; i + MAGIC.length <= head.length; i++) {
      if (Arrays.equals(head, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return;
      }
    }
    throw new RejectedDocumentException(fileName, "« " + fileName + " » n'est pas un PDF (il n'en a pas "
        + "l'en-tête) : vérifiez le fichier, ou renommez-le avec sa vraie extension.");
  }

  private static int letters(String text) {
    return (int) text.chars().filter(Character::isLetter).count();
  }

  private static String encrypted(String fileName) {
    return "« " + fileName + " » est protégé (chiffré ou par mot de passe) : ouvrez-le, enregistrez "
        + "une copie sans protection (« Imprimer en PDF » suffit souvent), puis renvoyez-la.";
  }

  private static String damaged(String fileName) {
    return "« " + fileName + " » est un PDF abîmé ou incomplet, illisible : téléchargez-le de "
        + "nouveau ou exportez-le à nouveau en PDF, puis renvoyez-le.";
  }
}
