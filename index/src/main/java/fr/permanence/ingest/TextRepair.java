package fr.permanence.ingest;

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
  public static java.util.List<Integer> gluedCalls(String text) {
    java.util.List<Integer> calls = new java.util.ArrayList<>();
    String withoutUrls = URL.matcher(text).replaceAll(" ");
    Matcher m = GLUED_CALL.matcher(withoutUrls);
    while (m.find()) {
      if (!startsWithReference(withoutUrls, m.start())) {
        calls.add(Integer.parseInt(m.group(1)));
      }
    }
    return calls;
  }

  /** Removes call numbers glued to words, outside URLs. */
  public static String removeGluedCalls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher url = URL.matcher(text);
    int last = 0;
    while (url.find()) {
      out.append(removeCallsOutsideUrls(text.substring(last, url.start())));
      out.append(url.group());
      last = url.end();
    }
    out.append(removeCallsOutsideUrls(text.substring(last)));
    return out.toString();
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
    return spaces(removeGluedCalls(dropCap(spacedLetters(ligatures(text)))));
  }
}
