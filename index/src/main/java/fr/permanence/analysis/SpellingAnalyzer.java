package fr.permanence.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The words of the texts as written, for spelling suggestions: elision removed ("l'employeur" is
 * "employeur"), lowercase, accents folded, neither stemmed nor filtered. A member's misspelling
 * ("licenciment", "teletravial") is compared with the words the texts write, not with their stems:
 * a stem has lost the ending where a typo often is, and a typo may change which suffix the stemmer
 * strips. Accents are folded because members leave most of them out, and a word without its
 * accents is not a typo (the stems searched restore them).
 *
 * <p>Thread-safe, like every Lucene analyzer.
 */
public final class SpellingAnalyzer extends Analyzer {
  /** The spelling form of one word, as the analyzer stores it: lowercase, accents folded. */
  public String form(String word) {
    return normalize("spelling", word).utf8ToString();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchLegalAnalyzer.ELISIONS);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
