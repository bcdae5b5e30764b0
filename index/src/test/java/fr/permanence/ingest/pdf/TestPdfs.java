package fr.permanence.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds small real PDFs with PDFBox for the tests. */
public final class TestPdfs {
  /** Points between two lines of 11-point text. */
  private static final float LEADING = 14;

  private TestPdfs() {}

  /** A PDF with one page per element of {@code pages}, each a list of lines. */
  public static Path text(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = textDocument(pages)) {
      doc.save(file.toFile());
    }
    return file;
  }

  /** The same, encrypted with a user password. */
  public static Path encrypted(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = textDocument(pages)) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  /** A PDF whose single page is a picture of text: no text layer. */
  public static Path imageOnly(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 400, 200);
      g.setColor(Color.BLACK);
      g.drawString("Le CSE est consulté sur l'introduction de l'IA", 10, 100);
      g.dispose();
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(xobject, 50, 500, 400, 200);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * A one-page PDF whose page content is {@code inflated} bytes of zeros compressed with
   * FlateDecode: a few hundred kilobytes on disk per hundred megabytes decoded.
   */
  public static Path flateBomb(Path file, long inflated) throws IOException {
    try (PDDocument doc = textDocument(List.of(List.of("Une page ordinaire avant le flux piégé du document.")))) {
      COSStream bomb = doc.getDocument().createCOSStream();
      bomb.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      byte[] zeros = new byte[1 << 20];
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
      byte[] buffer = new byte[1 << 16];
      try (OutputStream raw = bomb.createRawOutputStream()) {
        for (long left = inflated; left > 0; left -= zeros.length) {
          deflater.setInput(zeros, 0, (int) Math.min(zeros.length, left));
          while (!deflater.needsInput()) {
            raw.write(buffer, 0, deflater.deflate(buffer));
          }
        }
        deflater.finish();
        while (!deflater.finished()) {
          raw.write(buffer, 0, deflater.deflate(buffer));
        }
      } finally {
        deflater.end();
      }
      COSArray contents = new COSArray();
      contents.add(doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS));
      contents.add(bomb);
      doc.getPage(0).getCOSObject().setItem(COSName.CONTENTS, contents);
      doc.save(file.toFile());
    }
    return file;
  }

  private static PDDocument textDocument(List<List<String>> pages) throws IOException {
    PDDocument doc = new PDDocument();
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (List<String> lines : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(font, 11);
        content.setLeading(LEADING);
        content.newLineAtOffset(50, 780);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
    }
    return doc;
  }
}
