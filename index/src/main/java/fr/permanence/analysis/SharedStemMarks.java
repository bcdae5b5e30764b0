package fr.permanence.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps the words that share an acronym's stem apart from it while the lexicon's rules apply:
 * "après" and "APRE" both give the term "apre"; before the rules, "après" becomes "apre¬", which no
 * rule on the acronym matches, and after them "apre" again, the term the index holds for both. The
 * lexicon's rules are analysed with the same marks (see {@link Synonyms}), so a rule on the word
 * "après" still fires on it.
 */
final class SharedStemMarks {
  /**
   * Appended to a word sharing an acronym's stem: a character the tokenizer never keeps in a term,
   * and that the synonym rules' parser reads as part of a word.
   */
  static final char MARK = '¬';

  private SharedStemMarks() {}

  /** Marks each term that is an acronym's but whose token was not written as that acronym. */
  static final class Mark extends TokenFilter {
    private final AcronymSpellings acronyms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    Mark(TokenStream input, AcronymSpellings acronyms) {
      super(input);
      this.acronyms = acronyms;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (!WrittenAcronymFilter.ACRONYM.equals(type.type()) && acronyms.sharesAStem(term.buffer(), term.length())) {
        term.append(MARK);
      }
      return true;
    }
  }

  /** Takes the marks off, rules applied: the index knows the word's term without it. */
  static final class Unmark extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Unmark(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      // A rule's output may hold marked words in the middle of a phrase too: each term is one word.
      if (term.length() > 0 && term.buffer()[term.length() - 1] == MARK) {
        term.setLength(term.length() - 1);
      }
      return true;
    }
  }
}
