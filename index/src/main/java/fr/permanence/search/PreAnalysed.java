package fr.permanence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * A document whose text fields were analysed before it reaches the index writer: on the
 * threads making documents ({@link DocumentsAhead}), so that the writer's thread only records
 * the tokens. Analysis is most of the writer's work; done ahead, a build's two halves (making
 * documents, writing them) overlap on two cores.
 *
 * <p>Each analysed field becomes the same field holding its tokens as the analyzer gave them
 * (term, position increment, offsets: all the writer reads of a token), unstored, and, when it
 * was stored, a stored field of the same name with the same text. The index written is the same
 * as from the original document: terms, positions, offsets, norms and stored values.
 *
 * <p>Lucene's {@code CachingTokenFilter} records tokens too, but as states of the analyzer's own
 * attributes, which the analyzer reuses on its thread for the next document while the writer's
 * thread would be replaying them: the tokens are copied out here instead, into arrays the
 * playback alone reads.
 *
 * <p>Thread-safety: stateless; {@link #of} may run on several threads at once with one analyzer
 * (Lucene's analyzers keep their token streams per thread).
 */
final class PreAnalysed {
  private PreAnalysed() {}

  /** {@code d} with its analysed fields analysed now by {@code analyzer}, in the same order. */
  static Document of(Document d, Analyzer analyzer) {
    Document out = new Document();
    for (IndexableField field : d) {
      FieldType type = (FieldType) field.fieldType();
      if (!type.tokenized() || type.indexOptions() == IndexOptions.NONE || field.stringValue() == null) {
        out.add(field);
        continue;
      }
      if (type.stored()) {
        out.add(new StoredField(field.name(), field.stringValue()));
      }
      out.add(new Field(field.name(), Tokens.of(analyzer, field.name(), field.stringValue()), unstored(type)));
    }
    return out;
  }

  private static FieldType unstored(FieldType type) {
    if (!type.stored()) {
      return type;
    }
    FieldType copy = new FieldType(type);
    copy.setStored(false);
    copy.freeze();
    return copy;
  }

  /**
   * The tokens of one field's value, recorded, and played back once to the writer. Only what
   * the writer reads is kept: a token with a payload or a term frequency other than 1 (which
   * this index's analysis never sets) is refused rather than indexed differently.
   */
  static final class Tokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final char[] chars;
    private final int[] ends; // token i's characters are chars[ends[i - 1] .. ends[i])
    private final int[] increments;
    private final int[] starts;
    private final int[] endOffsets;
    private final int finalIncrement;
    private final int finalOffset;
    private int next;

    private Tokens(char[] chars, int[] ends, int[] increments, int[] starts, int[] endOffsets, int finalIncrement,
        int finalOffset) {
      this.chars = chars;
      this.ends = ends;
      this.increments = increments;
      this.starts = starts;
      this.endOffsets = endOffsets;
      this.finalIncrement = finalIncrement;
      this.finalOffset = finalOffset;
    }

    /** The tokens {@code analyzer} makes of {@code text} in {@code field}. */
    static Tokens of(Analyzer analyzer, String field, String text) {
      try (TokenStream stream = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PayloadAttribute payload = stream.getAttribute(PayloadAttribute.class);
        TermFrequencyAttribute frequency = stream.getAttribute(TermFrequencyAttribute.class);
        int capacity = 16; // grown by doubling as tokens come
        char[] chars = new char[text.length()];
        int[] ends = new int[capacity];
        int[] increments = new int[capacity];
        int[] starts = new int[capacity];
        int[] endOffsets = new int[capacity];
        int count = 0;
        int length = 0;
        stream.reset();
        while (stream.incrementToken()) {
          if ((payload != null && payload.getPayload() != null)
              || (frequency != null && frequency.getTermFrequency() != 1)) {
            throw new IllegalStateException("the analysis of " + field + " set a payload or a term frequency, "
                + "which a pre-analysed field does not keep");
          }
          if (count == ends.length) {
            capacity = count * 2;
            ends = Arrays.copyOf(ends, capacity);
            increments = Arrays.copyOf(increments, capacity);
            starts = Arrays.copyOf(starts, capacity);
            endOffsets = Arrays.copyOf(endOffsets, capacity);
          }
          if (length + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + term.length()));
          }
          System.arraycopy(term.buffer(), 0, chars, length, term.length());
          length += term.length();
          ends[count] = length;
          increments[count] = increment.getPositionIncrement();
          starts[count] = offset.startOffset();
          endOffsets[count] = offset.endOffset();
          count++;
        }
        stream.end();
        return new Tokens(Arrays.copyOf(chars, length), Arrays.copyOf(ends, count), Arrays.copyOf(increments, count),
            Arrays.copyOf(starts, count), Arrays.copyOf(endOffsets, count), increment.getPositionIncrement(),
            offset.endOffset());
      } catch (IOException e) {
        // Analysing a string in memory reads no file: an IOException here is a broken analyzer.
        throw new UncheckedIOException("analysing " + field + " failed", e);
      }
    }

    @Override
    public boolean incrementToken() {
      if (next == ends.length) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : ends[next - 1];
      term.copyBuffer(chars, from, ends[next] - from);
      increment.setPositionIncrement(increments[next]);
      offset.setOffset(starts[next], endOffsets[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(finalIncrement);
      offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
