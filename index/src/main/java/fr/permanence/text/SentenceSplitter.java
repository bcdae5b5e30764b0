package fr.permanence.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits French text into sentences with the JDK's sentence rules, but never after a legal or
 * bibliographic abbreviation ("art. L. 2312-8", "cf.", "n°", "M.") where those rules would.
 */
public final class SentenceSplitter {
  /** Words that end with a full stop without ending the sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "art", "arts", "cf", "p", "pp", "al", "éd", "ed", "m", "mm", "mme", "mmes", "dr", "pr",
      "n", "no", "vol", "chap", "ibid", "op", "cit", "env", "min", "max", "réf", "ref", "fig", "av", "bd",
      "ex", "ch", "sect", "tit", "liv", "coll", "cass", "soc", "civ", "crim", "tgi", "ca", "vs");

  /** A roman numeral, which numbers the parts of a law article ("I.-", "II. -"). */
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXL]+");

  private SentenceSplitter() {}

  private static boolean startsWithDash(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '–');
  }

  /** The sentences of {@code text} as [start, end) offsets, whitespace between them excluded. */
  public static List<int[]> spans(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.FRENCH);
    it.setText(text);
    List<int[]> spans = new ArrayList<>();
    int start = it.first();
    int sentenceStart = start;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (end < text.length() && endsWithAbbreviation(text, sentenceStart, end)) {
        continue;
      }
      addTrimmed(text, sentenceStart, end, spans);
      sentenceStart = end;
    }
    if (sentenceStart < text.length()) {
      addTrimmed(text, sentenceStart, text.length(), spans);
    }
    return spans;
  }

  /** The sentences of {@code text}, trimmed. */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : spans(text)) {
      out.add(text.substring(s[0], s[1]));
    }
    return out;
  }

  private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new int[] {start, end});
    }
  }

  private static boolean endsWithAbbreviation(String text, int from, int end) {
    int i = end;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == from || text.charAt(i - 1) != '.') {
      return false;
    }
    int wordEnd = i - 1;
    int wordStart = wordEnd;
    while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, wordEnd);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial or an article prefix: "L. 2312-8", "J. Dupont"
    }
    if (ROMAN_NUMERAL.matcher(word).matches() && text.substring(from, wordStart).isBlank() && startsWithDash(text, end)) {
      return true; // the number of an article's part, "III.-Le télétravailleur…": the part's text follows
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
