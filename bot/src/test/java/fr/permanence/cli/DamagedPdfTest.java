package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.OneDocumentHome;
import fr.permanence.files.DataFolder;
import fr.permanence.ingest.UploadedText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged PDF added from the command line: the moderator reads one French message saying which
 * file and what to do, and PDFBox's own warnings go to the data folder's technical log, not to the
 * terminal. Real PDFBox on a real damaged file, a real one-document corpus and index.
 */
class DamagedPdfTest {
  private static final String TEXT =
      "BT /F1 12 Tf 72 700 Td (Le comite social et economique est consulte sur les nouvelles technologies.) Tj ET";

  /**
   * A page of text, then {@code damaged} pages whose (shared) content stream is damaged (ten bytes
   * of its compressed data overwritten, as a bad transfer or a faulty disk does): PDFBox reads what
   * it can of it and warns, and each such page gives no text.
   */
  private static byte[] damagedPdf(int damaged) {
    byte[] plain = TEXT.getBytes(StandardCharsets.ISO_8859_1);
    Deflater deflater = new Deflater();
    deflater.setInput(plain);
    deflater.finish();
    byte[] buffer = new byte[1024];
    byte[] compressed = Arrays.copyOf(buffer, deflater.deflate(buffer));
    Arrays.fill(compressed, 12, 22, (byte) 0xff);
    String font = "/Resources << /Font << /F1 5 0 R >> >>";
    StringBuilder kids = new StringBuilder("3 0 R 6 0 R");
    for (int i = 1; i < damaged; i++) {
      kids.append(' ').append(7 + i).append(" 0 R");
    }
    List<byte[]> objects = new ArrayList<>(List.of(
        ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + (1 + damaged) + " >>"),
        ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + font + " >>"),
        stream("<< /Length " + plain.length + " >>", plain),
        ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R " + font + " >>"),
        stream("<< /Length " + compressed.length + " /Filter /FlateDecode >>", compressed)));
    for (int i = 1; i < damaged; i++) {
      objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R " + font + " >>"));
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(ascii("%PDF-1.4\n"));
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
      pdf.writeBytes(objects.get(i));
      pdf.writeBytes(ascii("\nendobj\n"));
    }
    int xref = pdf.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    pdf.writeBytes(ascii(table.toString()));
    return pdf.toByteArray();
  }

  private static byte[] stream(String dictionary, byte[] data) {
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    s.writeBytes(ascii(dictionary + "\nstream\n"));
    s.writeBytes(data);
    s.writeBytes(ascii("\nendstream"));
    return s.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @TempDir Path tmp;
  private OneDocumentHome home;
  private final PrintStream stdout = System.out;
  private final PrintStream stderr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void install() throws Exception {
    home = OneDocumentHome.use(tmp.resolve("home"));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
    home.close();
  }

  @Test
  void theModeratorReadsOneFrenchMessageAndPdfBoxWarnsOnlyInTheLogFile() throws Exception {
    Path pdf = Files.write(tmp.resolve("accord abîmé.pdf"), damagedPdf(1));
    Path data = tmp.resolve("data");

    assertEquals(0, Main.run("--data", data.toString(), "corpus", "ajouter", "--titre", "Accord télétravail",
        pdf.toString()));

    assertEquals("« Accord télétravail » est ajouté au corpus sous le nom accord-teletravail : 1 passage, 2 pages"
        + " dont 1 sans texte lisible, ignorée. Empreinte SHA-256 : "
        + UploadedText.checksum(Files.readAllBytes(pdf)).substring(0, 12) + "…\n"
        + "Attention : 1 page de « accord abîmé.pdf » n'a pas de texte lisible (image, page scannée ou PDF abîmé) et"
        + " ne sera pas citée. Si elle contient du texte, exportez à nouveau le PDF depuis le logiciel d'origine (ou"
        + " passez-le dans un logiciel de reconnaissance de caractères), puis remplacez le document :"
        + " « corpus remplacer accord-teletravail ».\n"
        + "L'index est en reconstruction ; les réponses continuent sur l'ancien index en attendant.\n"
        + "Index reconstruit : les réponses tiennent compte du changement.\n", out.toString(StandardCharsets.UTF_8));
    List<String> fromPdfBox = err.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.contains("o.a.p") || l.contains("pdfbox")).toList();
    assertEquals(List.of(), fromPdfBox, "nothing of PDFBox's on the terminal");
    Path log = new DataFolder(data).libraryLog();
    assertTrue(Files.readString(log).contains("[accord abîmé.pdf] - FlateFilter: premature end of stream"),
        Files.readString(log));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
  }

  @Test
  void pagesWithoutTextAreCountedInThePlural() throws Exception {
    Path pdf = Files.write(tmp.resolve("accord abîmé.pdf"), damagedPdf(2));

    assertEquals(0, Main.run("--data", tmp.resolve("data").toString(), "corpus", "ajouter", "--titre",
        "Accord télétravail", pdf.toString()));

    assertEquals("« Accord télétravail » est ajouté au corpus sous le nom accord-teletravail : 1 passage, 3 pages"
        + " dont 2 sans texte lisible, ignorées. Empreinte SHA-256 : "
        + UploadedText.checksum(Files.readAllBytes(pdf)).substring(0, 12) + "…\n"
        + "Attention : 2 pages de « accord abîmé.pdf » n'ont pas de texte lisible (image, page scannée ou PDF abîmé)"
        + " et ne seront pas citées. Si elles contiennent du texte, exportez à nouveau le PDF depuis le logiciel"
        + " d'origine (ou passez-le dans un logiciel de reconnaissance de caractères), puis remplacez le document :"
        + " « corpus remplacer accord-teletravail ».\n"
        + "L'index est en reconstruction ; les réponses continuent sur l'ancien index en attendant.\n"
        + "Index reconstruit : les réponses tiennent compte du changement.\n", out.toString(StandardCharsets.UTF_8));
  }
}
