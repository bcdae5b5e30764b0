package fr.permanence.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's stop filter, except that a token marked as a keyword stays: an acronym kept by
 * {@link AcronymMarkerFilter} ("AI", "CA") is not the stop word it spells in lowercase.
 */
final class KeywordAwareStopFilter extends FilteringTokenFilter {
  private final CharArraySet stopWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  KeywordAwareStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  protected boolean accept() {
    return keyword.isKeyword() || !stopWords.contains(term.buffer(), 0, term.length());
  }
}
