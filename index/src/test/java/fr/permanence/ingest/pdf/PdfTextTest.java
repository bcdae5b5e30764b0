package fr.permanence.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.RejectedDocumentException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit of PDF extraction refuses with a French message that names it. */
class PdfTextTest {
  private static final List<String> PAGE = List.of(
      "Le comité social et économique est informé et consulté sur les questions intéressant",
      "l'organisation, la gestion et la marche générale de l'entreprise.");

  @TempDir Path tmp;

  @Test
  void aStreamInflatingPastItsLimitIsRefusedWithoutDecodingIt() throws Exception {
    Path pdf = TestPdfs.flateBomb(tmp.resolve("bombe.pdf"), 1L << 30);

    // Refused by the stream budget, not by the extraction's deadline: its counting sink stops the
    // filter as soon as the decoded bytes pass the limit, whatever the size of the bomb.
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> new PdfText().extract(pdf, "bombe.pdf"));

    assertEquals("« bombe.pdf » contient un flux compressé qui dépasse, une fois décompressé, la limite de 32 Mo : "
        + "ce n'est pas un document ordinaire (fichier piégé ou abîmé). Exportez-le à nouveau en PDF depuis le "
        + "logiciel d'origine.", e.getMessage());
  }

  @Test
  void streamsInflatingPastTheirJointLimitAreRefused() throws Exception {
    Path pdf = TestPdfs.flateBomb(tmp.resolve("lourd.pdf"), 3L << 20);
    PdfLimits limits = new PdfLimits(10, 1_000_000, 4L << 20, 4L << 20, 1 << 20, 1 << 24, Duration.ofSeconds(30));
    assertEquals(1, new PdfText(limits).extract(TestPdfs.text(tmp.resolve("ok.pdf"), List.of(PAGE)), "ok.pdf").pages());

    PdfLimits tight = new PdfLimits(10, 1_000_000, 2L << 20, 2L << 20, 1 << 20, 1 << 24, Duration.ofSeconds(30));
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> new PdfText(tight).extract(pdf, "lourd.pdf"));
    assertTrue(e.getMessage().startsWith("« lourd.pdf » contient un flux compressé qui dépasse, une fois "
        + "décompressé, la limite de 2 Mo"), e.getMessage());
  }

  @Test
  void tooManyPagesAreRefusedNamingTheLimit() throws Exception {
    Path pdf = TestPdfs.text(tmp.resolve("long.pdf"), List.of(PAGE, PAGE, PAGE));
    PdfLimits limits = new PdfLimits(2, 1_000_000, 1 << 20, 1 << 20, 1 << 20, 1 << 24, Duration.ofSeconds(30));

    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> new PdfText(limits).extract(pdf, "long.pdf"));

    assertEquals("« long.pdf » compte 3 pages, au-delà de la limite de 2 : découpez-le en plusieurs documents.",
        e.getMessage());
  }

  @Test
  void tooMuchTextIsRefusedNamingTheLimit() throws Exception {
    Path pdf = TestPdfs.text(tmp.resolve("bavard.pdf"), List.of(PAGE, PAGE));
    PdfLimits limits = new PdfLimits(10, 2_000 / 10, 1 << 20, 1 << 20, 1 << 20, 1 << 24, Duration.ofSeconds(30));

    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> new PdfText(limits).extract(pdf, "bavard.pdf"));

    assertEquals("« bavard.pdf » contient plus de 200 caractères de texte, la limite : découpez-le en plusieurs "
        + "documents.", e.getMessage());
  }

  @Test
  void aReadingPastItsDeadlineIsAbandonedAndRefused() throws Exception {
    Path pdf = TestPdfs.flateBomb(tmp.resolve("lent.pdf"), 16L << 20);
    PdfLimits limits = new PdfLimits(10, 1_000_000, 32 << 20, 32 << 20, 1 << 20, 1 << 24, Duration.ofMillis(1));

    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> new PdfText(limits).extract(pdf, "lent.pdf"));

    assertEquals("La lecture de « lent.pdf » a dépassé la limite de 1 ms : le fichier est anormalement lourd "
        + "à lire. Exportez-le à nouveau en PDF depuis le logiciel d'origine, ou découpez-le.", e.getMessage());
  }
}
