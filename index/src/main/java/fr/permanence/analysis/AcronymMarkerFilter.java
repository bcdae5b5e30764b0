package fr.permanence.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps capitalised acronyms that are also French stop words once lowercased — "AI" (ai), "CA"
 * (ça), "CE" (ce), "SA" (sa) — by marking them as keywords before lowercasing, so that the stop
 * filter and the stemmer leave them alone: "AI Act" and "leur CA augmente" keep their acronym.
 * A word in a run of capitals ("LE CSE ET LES ÉLUS", a heading) is not an acronym: only a
 * capitalised word whose neighbours are not capitalised words counts.
 *
 * <p>Holds one token of look-ahead; not thread-safe, like every token stream.
 */
final class AcronymMarkerFilter extends TokenFilter {
  /** Longest acronym recognised: the stop words it can collide with are short. */
  private static final int MAX_LENGTH = 4;

  private final CharArraySet stopWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private boolean previousCapitals;
  private AttributeSource.State pending;
  private boolean pendingCapitals;
  private boolean exhausted;

  /** @param stopWords the stop words an acronym must be kept from (compared in lowercase) */
  AcronymMarkerFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    boolean capitals;
    if (pending != null) {
      restoreState(pending);
      capitals = pendingCapitals;
      pending = null;
    } else {
      if (exhausted || !input.incrementToken()) {
        return false;
      }
      capitals = isCapitals(term);
    }
    if (capitals && term.length() <= MAX_LENGTH && isStopWord() && !previousCapitals) {
      // Look at the next token: a run of capitals is shouting or a heading, not an acronym.
      AttributeSource.State current = captureState();
      boolean nextCapitals = false;
      if (input.incrementToken()) {
        nextCapitals = isCapitals(term);
        pending = captureState();
        pendingCapitals = nextCapitals;
      } else {
        exhausted = true;
      }
      restoreState(current);
      if (!nextCapitals) {
        keyword.setKeyword(true);
      }
    }
    previousCapitals = capitals;
    return true;
  }

  private boolean isStopWord() {
    char[] lower = new char[term.length()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = Character.toLowerCase(term.buffer()[i]);
    }
    return stopWords.contains(lower, 0, lower.length);
  }

  /** Two letters or more, all capitals: an acronym or a word of a heading in capitals. */
  private static boolean isCapitals(CharTermAttribute t) {
    if (t.length() < 2) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousCapitals = false;
    pending = null;
    pendingCapitals = false;
    exhausted = false;
  }
}
