package fr.permanence.ingest.pdf;

import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.text.Plural;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.slf4j.MDC;

/**
 * Extracts the text of a PDF page by page, written in the corpus convention the ingester reads:
 * the first line of each page starts with exactly one space, every other line starts flush left,
 * so passages keep their page numbers. Refuses, with a French message, encrypted, damaged and
 * image-only PDFs, and hostile ones: past any of its {@link PdfLimits} (pages, characters,
 * decoded stream sizes, memory, time).
 */
public final class PdfText {
  /** Every PDF file starts with this header (ISO 32000-1, 7.5.2). */
  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  /** PDF readers accept the header within the first kilobyte; so do we. */
  private static final int HEADER_WINDOW = 1024;
  /** A page with fewer letters than this carries no usable text layer (a scan, a full-page image). */
  static final int MIN_LETTERS_PER_PAGE = 20;
  /** The logging context key naming the file being read, for the lines PDFBox logs meanwhile. */
  public static final String LOG_KEY = "pdf";

  /**
   * The extracted text and how many pages had no text layer.
   *
   * @param text the text in the corpus convention
   * @param pages number of pages
   * @param pagesWithoutText pages that have (almost) no extractable text
   */
  public record Extracted(String text, int pages, int pagesWithoutText) {}

  private final PdfLimits limits;

  /** With the {@linkplain PdfLimits#defaults() default limits}. */
  public PdfText() {
    this(PdfLimits.defaults());
  }

  public PdfText(PdfLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads {@code pdf}; {@code fileName} is the name the moderator knows it by, for messages.
   * The reading runs in a worker thread given {@link PdfLimits#timeout()}: past it, the worker
   * is interrupted and abandoned, and the file refused. Whatever the file, this method returns
   * the text or throws a {@link RejectedDocumentException} with a French reason; an
   * {@link Error} of the parser (memory, stack) never leaves it.
   *
   * <p>Thread-safe: each call has its own document and worker.
   */
  public Extracted extract(Path pdf, String fileName) {
    checkHeader(pdf, fileName);
    FutureTask<Extracted> task = new FutureTask<>(() -> {
      // PDFBox's own warnings (to the technical log) then say which file they are about.
      MDC.put(LOG_KEY, fileName);
      try {
        return read(pdf, fileName);
      } finally {
        MDC.remove(LOG_KEY);
      }
    });
    Thread worker = new Thread(task, "pdf-text");
    worker.setDaemon(true); // an abandoned worker must never keep the bot from stopping
    worker.start();
    try {
      return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new RejectedDocumentException(fileName, "La lecture de « " + fileName + " » a dépassé la limite de "
          + duration(limits.timeout()) + " : le fichier est anormalement lourd à lire. Exportez-le à "
          + "nouveau en PDF depuis le logiciel d'origine, ou découpez-le.", e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt(); // the caller is being stopped: keep the flag for it
      throw new RejectedDocumentException(fileName, "La lecture de « " + fileName + " » a été interrompue : "
          + "renvoyez-le.", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RejectedDocumentException rejected) {
        throw rejected;
      }
      if (cause instanceof VirtualMachineError) {
        // Out of memory or stack in the parser: the worker's objects are unreachable now, the bot goes on.
        throw new RejectedDocumentException(fileName, "« " + fileName + " » est trop complexe pour être lu "
            + "(mémoire ou imbrication excessive) : exportez-le à nouveau en PDF depuis le logiciel d'origine.", cause);
      }
      throw new RejectedDocumentException(fileName, damaged(fileName), cause);
    }
  }

  /** The extraction proper, in the worker thread. */
  private Extracted read(Path pdf, String fileName) {
    MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.mainMemoryBytes(), limits.scratchBytes());
    try (PDDocument document = Loader.loadPDF(pdf.toFile(), memory.streamCache)) {
      if (document.isEncrypted()) {
        throw new RejectedDocumentException(fileName, encrypted(fileName));
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw new RejectedDocumentException(fileName, "« " + fileName + " » ne contient aucune page.");
      }
      if (pages > limits.maxPages()) {
        throw new RejectedDocumentException(fileName, "« " + fileName + " » compte " + Plural.number(pages) + " pages, "
            + "au-delà de la limite de " + Plural.number(limits.maxPages()) + " : découpez-le en plusieurs documents.");
      }
      new StreamBudget(limits, fileName).check(document.getDocument());
      LimitedStripper stripper = new LimitedStripper(limits.maxCharacters(), fileName);
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
   * A text stripper that stops past a number of characters, and between two operators of a
   * page once its worker is interrupted (the deadline passed).
   */
  private static final class LimitedStripper extends PDFTextStripper {
    private final int maxCharacters;
    private final String fileName;
    private long written;

    LimitedStripper(int maxCharacters, String fileName) {
      this.maxCharacters = maxCharacters;
      this.fileName = fileName;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("PDF extraction abandoned at its deadline");
      }
      super.processOperator(operator, operands);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      written += text.length();
      if (written > maxCharacters) {
        throw new RejectedDocumentException(fileName, "« " + fileName + " » contient plus de "
            + Plural.number(maxCharacters) + " caractères de texte, la limite : découpez-le en plusieurs documents.");
      }
      super.writeString(text, positions);
    }
  }

  /** {@code d} in French: "60 secondes", or "500 ms" under a second. */
  private static String duration(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + " ms" : Plural.of(d.toSeconds(), "seconde", "secondes");
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
