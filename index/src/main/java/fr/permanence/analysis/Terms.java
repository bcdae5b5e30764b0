package fr.permanence.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a short text held in memory. */
public final class Terms {
  private Terms() {}

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> of(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      // Analysis reads from a string: an I/O failure here is a bug in a filter, not bad input.
      throw new UncheckedIOException("analysing text in memory", e);
    }
    return terms;
  }
}
