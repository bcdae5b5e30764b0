package fr.permanence.ingest.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * What reading one PDF may cost. A file under the upload limit can still hold a stream that
 * inflates a thousandfold, millions of pages or endless text: each limit stops one of these
 * before it costs the bot its memory or its time.
 *
 * @param maxPages pages read at most
 * @param maxCharacters characters of text extracted at most
 * @param maxStreamBytes bytes a single stream (page content, form, font) may decode to
 * @param maxDecodedBytes bytes all the streams but images may decode to together
 * @param mainMemoryBytes memory PDFBox may use for its buffers before it moves them to a scratch file
 * @param scratchBytes the largest scratch file PDFBox may use
 * @param timeout how long the whole extraction may take
 */
public record PdfLimits(int maxPages, int maxCharacters, long maxStreamBytes, long maxDecodedBytes,
    long mainMemoryBytes, long scratchBytes, Duration timeout) {
  public PdfLimits {
    Objects.requireNonNull(timeout, "timeout");
    // One stream's decoded bytes are held in one array when another filter reads them next.
    if (maxPages <= 0 || maxCharacters <= 0 || maxStreamBytes <= 0 || maxStreamBytes > Integer.MAX_VALUE - 8
        || maxDecodedBytes < maxStreamBytes
        || mainMemoryBytes <= 0 || scratchBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("inconsistent PDF limits: " + maxPages + ", " + maxCharacters + ", "
          + maxStreamBytes + ", " + maxDecodedBytes + ", " + mainMemoryBytes + ", " + scratchBytes + ", " + timeout);
    }
  }

  /**
   * Limits for the union's documents: its longest reports have a few hundred pages and about a
   * million characters; a page's content stream rarely exceeds a megabyte decoded.
   */
  public static PdfLimits defaults() {
    return new PdfLimits(
        2_000, // pages: several times the longest report
        5_000_000, // characters: about 2,500 dense pages
        32L << 20, // one stream: 32 MB decoded, a hundred times a dense page
        256L << 20, // all streams: 256 MB decoded, read once in about a second
        16L << 20, // PDFBox buffers in memory: 16 MB, the rest in a scratch file
        512L << 20, // scratch file: 512 MB on disk at most
        Duration.ofSeconds(60)); // a 300-page report is read in a few seconds
  }
}
