package fr.permanence.ingest.pdf;

import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.text.Plural;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Checks, before any text is extracted, what every stream of a PDF decodes to: a few
 * kilobytes of zeros compressed with FlateDecode can inflate to gigabytes, and PDFBox decodes a
 * page's content into memory before parsing it. Each stream is decoded here into a counting
 * sink that stops at {@link PdfLimits#maxStreamBytes()}, so the check itself never holds more
 * than that. Images are skipped: text extraction never decodes them.
 *
 * <p>Not thread-safe: one per extraction.
 */
final class StreamBudget {
  /** Filters that produce images, never decoded to extract text. */
  private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
      COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

  private final PdfLimits limits;
  private final String fileName;
  private long total;

  StreamBudget(PdfLimits limits, String fileName) {
    this.limits = limits;
    this.fileName = fileName;
  }

  /** Refuses the document (French, naming the limit) when a stream or all of them decode past the limits. */
  void check(COSDocument document) throws IOException {
    for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("PDF extraction abandoned at its deadline");
      }
      COSObject object = document.getObjectFromPool(key);
      COSBase base = object == null ? null : object.getObject();
      if (base instanceof COSStream stream && !isImage(stream)) {
        total += decodedSize(stream);
        if (total > limits.maxDecodedBytes()) {
          throw new RejectedDocumentException(fileName, "Les flux compressés de « " + fileName + " » dépassent, "
              + "une fois décompressés, la limite de " + megabytes(limits.maxDecodedBytes()) + " au total : ce "
              + "n'est pas un document ordinaire (fichier piégé ou abîmé). Exportez-le à nouveau en PDF depuis le "
              + "logiciel d'origine.");
        }
      }
    }
  }

  private static boolean isImage(COSStream stream) {
    return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
        || filters(stream).stream().anyMatch(IMAGE_FILTERS::contains);
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase filters = stream.getFilters();
    if (filters instanceof COSName name) {
      return List.of(name);
    }
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Bytes {@code stream} decodes to, decoding at most {@link PdfLimits#maxStreamBytes()} of each filter's output. */
  private long decodedSize(COSStream stream) throws IOException {
    List<COSName> filters = filters(stream);
    long size = 0;
    InputStream input = stream.createRawInputStream();
    try {
      if (filters.isEmpty()) {
        Counting out = new Counting(limits.maxStreamBytes(), false);
        try {
          input.transferTo(out);
        } catch (TooLarge e) {
          throw tooLarge();
        }
        return out.count;
      }
      for (int i = 0; i < filters.size(); i++) {
        Filter filter;
        try {
          filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        } catch (IOException e) {
          return size; // an unknown filter: text extraction will not read this stream either
        }
        boolean last = i == filters.size() - 1;
        Counting out = new Counting(limits.maxStreamBytes(), !last);
        try {
          filter.decode(input, out, stream, i);
        } catch (TooLarge e) {
          // reported below, from the sink's own count
        } catch (IOException e) {
          // A damaged stream: PDFBox reads what decodes and skips the rest; so do we.
        }
        if (out.exceeded) {
          throw tooLarge();
        }
        size = out.count;
        input.close();
        input = new ByteArrayInputStream(out.kept());
      }
      return size;
    } finally {
      input.close();
    }
  }

  private RejectedDocumentException tooLarge() {
    return new RejectedDocumentException(fileName, "« " + fileName + " » contient un flux compressé qui dépasse, "
        + "une fois décompressé, la limite de " + megabytes(limits.maxStreamBytes()) + " : ce n'est pas un "
        + "document ordinaire (fichier piégé ou abîmé). Exportez-le à nouveau en PDF depuis le logiciel d'origine.");
  }

  private static String megabytes(long bytes) {
    return Plural.number(bytes >> 20) + " Mo";
  }

  /** Thrown by the sink past its limit, to stop the filter early. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("decoded stream over the limit");
    }
  }

  /** Counts what a filter writes, keeping it only when another filter reads it next. */
  private static final class Counting extends OutputStream {
    private final long limit;
    private byte[] kept;
    private long count;
    private boolean exceeded;

    Counting(long limit, boolean keep) {
      this.limit = limit;
      this.kept = keep ? new byte[8192] : null;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (count + len > limit) {
        exceeded = true;
        throw new TooLarge();
      }
      if (kept != null) {
        if (count + len > kept.length) {
          kept = Arrays.copyOf(kept, (int) Math.min(limit, Math.max(count + len, 2L * kept.length)));
        }
        System.arraycopy(b, off, kept, (int) count, len);
      }
      count += len;
    }

    byte[] kept() {
      return kept == null ? new byte[0] : Arrays.copyOf(kept, (int) count);
    }
  }
}
