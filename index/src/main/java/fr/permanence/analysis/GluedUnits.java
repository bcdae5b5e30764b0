package fr.permanence.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource.State;

/**
 * Parts a number from the unit of time glued to it, and writes the unit's abbreviation out:
 * "32h/hebdo" → "32", "heures", "hebdo"; "10j" → "10", "jours"; "14h30" → "14", "heures", "30";
 * "30min" → "30", "minutes"; "3mois" → "3", "mois"; and "35 h" → "35", "heures". The tokenizer
 * keeps a number and the letters glued to it as one token ("32h"), which matched neither "32
 * heures" nor "32 h"; the texts write the unit both ways (the code "trente-cinq heures", the
 * union's leaflets "35h"), and so do members.
 *
 * <p>Only units of time: durations are what members and the texts write that way. Left alone:
 * ordinals ("1er", "2e", "3ème"), articles' numbers (one token, "L3141_3", before this filter, see
 * {@link FrenchLegalAnalyzer}), dates, and amounts: the tokenizer already drops "€" and "%"
 * ("1500€" and "1 500 €" give the same terms), and "35k€" is too rare in the texts to be worth a
 * rule. A letter after a number is a unit only when it ends the token ("h2", "2ha" stay) and,
 * apart, when it follows a number at most one space away.
 *
 * <p>Reads the tokenizer's tokens, before elision and lowercasing. Holds the parts of one token;
 * not thread-safe, like every token stream.
 */
final class GluedUnits extends TokenFilter {
  /** The units of time and their words; keys lowercase. */
  private static final Map<String, String> ABBREVIATIONS = Map.of("h", "heures", "j", "jours", "min", "minutes",
      "mn", "minutes");
  /**
   * A number, then a unit's abbreviation or word, then for an hour its minutes ("14h30"). The
   * tokenizer also keeps a narrow no-break space, French typography's before a unit, inside a
   * token ("35\u202fh").
   */
  private static final Pattern GLUED = Pattern.compile(
      "(\\d+(?:[.,]\\d+)?)[\u00a0\u202f]?(h|j|min|mn|heures?|jours?|semaines?|mois|ans?|années?|minutes?)(?:(?<=h)(\\d{2}))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A token that is a number and nothing else. */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  /** The parts of a token still to give: text, start and end offsets. */
  private final Deque<Part> parts = new ArrayDeque<>();
  /** The attributes of the token the parts come from (type, flags), as the tokenizer gave them. */
  private State parted;
  /** End offset of the previous token when it was a number, else -1. */
  private int numberEnd = -1;

  private record Part(String text, int start, int end) {}

  GluedUnits(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      Part part = parts.removeFirst();
      // The same attributes as the token it came from (type, flags), one position further:
      // restored, since the filters after this one may have changed them on the number.
      restoreState(parted);
      term.setEmpty().append(part.text());
      offset.setOffset(part.start(), part.end());
      position.setPositionIncrement(1);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    boolean afterNumber = numberEnd >= 0 && offset.startOffset() - numberEnd <= 1;
    numberEnd = -1;
    if (term.length() == 0) {
      return true;
    }
    char first = term.charAt(0);
    if (first >= '0' && first <= '9') {
      split();
    } else if (afterNumber) {
      String unit = ABBREVIATIONS.get(term.toString().toLowerCase(Locale.ROOT));
      if (unit != null) {
        term.setEmpty().append(unit);
      }
    }
    return true;
  }

  /** A token beginning with a digit: a number kept for the next token, or a number and its unit parted. */
  private void split() {
    String text = term.toString();
    if (NUMBER.matcher(text).matches()) {
      numberEnd = offset.endOffset();
      return;
    }
    Matcher m = GLUED.matcher(text);
    // The offsets of the parts inside the token's: exact when the text is as the tokenizer read it.
    if (!m.matches() || offset.endOffset() - offset.startOffset() != text.length()) {
      return;
    }
    parted = captureState();
    int start = offset.startOffset();
    String unit = m.group(2);
    parts.add(new Part(ABBREVIATIONS.getOrDefault(unit.toLowerCase(Locale.ROOT), unit), start + m.start(2),
        start + m.end(2)));
    if (m.group(3) != null) {
      parts.add(new Part(m.group(3), start + m.start(3), start + m.end(3)));
    }
    term.setLength(m.end(1));
    offset.setOffset(start, start + m.end(1));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    parted = null;
    numberEnd = -1;
  }
}
