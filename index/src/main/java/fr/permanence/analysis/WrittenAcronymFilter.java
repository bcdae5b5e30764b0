package fr.permanence.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Types a token {@link #ACRONYM} when the text writes it as one of the lexicon's acronyms
 * ({@link AcronymSpellings#writtenAsAcronym}): read before lowercasing and stemming, which lose
 * how it was written, and kept in the token's type for {@link SharedStemMarks}.
 */
final class WrittenAcronymFilter extends TokenFilter {
  /** The type of a token written as an acronym of the lexicon. */
  static final String ACRONYM = "<LEXICON_ACRONYM>";

  private final AcronymSpellings acronyms;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  WrittenAcronymFilter(TokenStream input, AcronymSpellings acronyms) {
    super(input);
    this.acronyms = acronyms;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (acronyms.writtenAsAcronym(term.buffer(), term.length())) {
      type.setType(ACRONYM);
    }
    return true;
  }
}
