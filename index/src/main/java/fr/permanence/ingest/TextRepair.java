package fr.permanence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the artefacts PDF extraction leaves inside a line or paragraph, without rewording:
 * broken ligature glyphs, spaced-out letters, detached drop caps and footnote call numbers
 * glued to words.
 */
public final class TextRepair {
  /** PDF fonts whose ligatures were extracted as these look-alike glyphs. */
  private static final String[][] LIGATURES = {
    {"\u019F", "ti"}, // Ɵ
    {"\u01A9", "tt"}, // Ʃ
    {"\u014C", "ft"}, // Ō
    {"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"}, {"\uFB03", "ffi"}, {"\uFB04", "ffl"},
  };

  /** Five or more one-character tokens in a row: a word set with letter-spacing ("d ' e m p l o i s"). */
  private static final Pattern SPACED_LETTERS =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:[\\p{L}'’] ){4,}[\\p{L}'’](?![\\p{L}\\p{N}])(?: (?=[.,;:]))?");

  /** A drop cap detached from its word, with the full stop the extraction put before it (".A près"). */
  private static final Pattern DROP_CAP = Pattern.compile("^\\.(\\p{Lu}) (\\p{Ll}{2,})");

  /**
   * A footnote call glued to the end of a word or closing quote ("LaborIA90", "»92",
   * "productivité6"), or to the punctuation after it ("(DII)18", "28 %36", "managers…74",
   * "contributrice.110", "employés ;25"): one to three digits before a space or punctuation.
   * References such as L2312 have a single letter; B2B is followed by a letter; "COM(2021)118"
   * closes a parenthesised year; "al.2" has a word of fewer than four letters before its full
   * stop: all stay.
   */
  private static final Pattern GLUED_CALL = Pattern.compile(
      "(?<=(?:\\p{L}{2}|[»”…%]|(?<!\\(\\d{4})\\)|\\p{L}{4}\\.|\\p{L}{2};|\\p{L} ;))"
          + "(\\d{1,3})(?=[\\s\\p{Z}.,;:)!?]|$)");

  /**
   * A call that could also be part of what it is glued to: after a year ("201333", the year 2013
   * then call 33) or after an acronym of two capitals or more ("IA84"). Such digits are a call
   * only when the document has a note of that number near them (see
   * {@link #removeGluedCalls(String, Set)}); a call never starts with 0 ("200000" is a number), and
   * after an acronym has two digits at least ("CO2", "G20" and "A380" are names).
   */
  private static final Pattern AMBIGUOUS_CALL = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(?:19|20)\\d{2}([1-9]\\d{0,2})|\\p{Lu}{2,}([1-9]\\d{1,2}))(?=[\\s\\p{Z}.,;:)!?]|$)");

  /** A URL, inside which digits are never footnote calls. */
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");

  private TextRepair() {}

  /** Replaces broken ligature glyphs by the letters they stand for. */
  public static String ligatures(String text) {
    String out = text;
    for (String[] pair : LIGATURES) {
      out = out.replace(pair[0], pair[1]);
    }
    return out;
  }

  /** Joins letter-spaced words: "d ' e m p l o i s" becomes "d'emplois". */
  public static String spacedLetters(String text) {
    Matcher m = SPACED_LETTERS.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group().replace(" ", "")));
  }

  /** Re-attaches a detached drop cap at the start of a paragraph: ".A près" becomes "Après". */
  public static String dropCap(String text) {
    return DROP_CAP.matcher(text).replaceFirst("$1$2");
  }

  /** Call numbers glued to words in this text, in order (URLs are skipped). */
  public static List<Integer> gluedCalls(String text) {
    List<Integer> calls = new ArrayList<>();
    String withoutUrls = URL.matcher(text).replaceAll(" ");
    Matcher m = GLUED_CALL.matcher(withoutUrls);
    while (m.find()) {
      if (!startsWithReference(withoutUrls, m.start())) {
        calls.add(Integer.parseInt(m.group(1)));
      }
    }
    return calls;
  }

  /** Numbers glued to a year or an acronym that may be calls ({@link #AMBIGUOUS_CALL}), URLs skipped. */
  public static List<Integer> ambiguousCalls(String text) {
    List<Integer> calls = new ArrayList<>();
    Matcher m = AMBIGUOUS_CALL.matcher(URL.matcher(text).replaceAll(" "));
    while (m.find()) {
      calls.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return calls;
  }

  /** Removes call numbers glued to words, outside URLs. */
  public static String removeGluedCalls(String text) {
    return removeGluedCalls(text, Set.of());
  }

  /**
   * Removes call numbers glued to words, outside URLs, and those glued to a year or an acronym
   * whose number is in {@code notes}, the notes the document has near them.
   */
  public static String removeGluedCalls(String text, Set<Integer> notes) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher url = URL.matcher(text);
    int last = 0;
    while (url.find()) {
      out.append(removeCallsOutsideUrls(text.substring(last, url.start()), notes));
      out.append(url.group());
      last = url.end();
    }
    out.append(removeCallsOutsideUrls(text.substring(last), notes));
    return out.toString();
  }

  private static String removeCallsOutsideUrls(String text, Set<Integer> notes) {
    return removeAmbiguousCalls(removeCallsOutsideUrls(text), notes);
  }

  private static String removeAmbiguousCalls(String text, Set<Integer> notes) {
    if (notes.isEmpty()) {
      return text;
    }
    Matcher m = AMBIGUOUS_CALL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      int group = m.group(1) != null ? 1 : 2;
      if (notes.contains(Integer.parseInt(m.group(group)))) {
        out.append(text, last, m.start(group));
        last = m.end(group);
      }
    }
    return out.append(text.substring(last)).toString();
  }

  private static String removeCallsOutsideUrls(String text) {
    Matcher m = GLUED_CALL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      if (startsWithReference(text, m.start())) {
        continue;
      }
      out.append(text, last, m.start());
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /** True when the digits at {@code digitStart} end a word that is all capitals and digits, like "CO2" or "4G". */
  private static boolean startsWithReference(String text, int digitStart) {
    int wordStart = digitStart;
    while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, digitStart);
    // Short acronyms with a number (CO2, G20, A380) are names, not calls: keep them.
    return !word.isEmpty() && word.length() <= 2 && word.chars().allMatch(Character::isUpperCase);
  }

  /** Collapses runs of spaces and tabs into one space and trims. */
  public static String spaces(String text) {
    return text.replaceAll("[ \\t]{2,}", " ").strip();
  }

  /** All inline repairs, in the order that keeps each one safe. */
  public static String inline(String text) {
    return inline(text, Set.of());
  }

  /** All inline repairs; digits glued to a year or an acronym are a call when their number is in {@code notes}. */
  public static String inline(String text, Set<Integer> notes) {
    return spaces(removeGluedCalls(dropCap(spacedLetters(ligatures(text))), notes));
  }
}
