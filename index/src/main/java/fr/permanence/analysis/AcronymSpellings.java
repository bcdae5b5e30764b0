package fr.permanence.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The acronyms of the lexicon (its words written in capitals: "APRE", "VAE", "CSE") and the
 * question words that only share their stem. Stemming is for words: "après" and the APRE (aide
 * personnalisée de retour à l'emploi) both give the term "apre", "posé" and the POS (plan
 * d'occupation des sols) "pos", "va" and the VAE "va"… so a rule on an acronym fired on every
 * "d'après".
 * An acronym's rule fires only where the text writes the acronym itself (see
 * {@link #writtenAsAcronym}); another word that shares its stem is marked apart from it before the
 * rules apply, and unmarked after them ({@link FrenchLegalAnalyzer}).
 *
 * <p>Immutable but for a memo of which acronyms' letters spell a French word; thread-safe.
 */
final class AcronymSpellings {
  private static final AcronymSpellings NONE = new AcronymSpellings(
      CharArraySet.EMPTY_SET, CharArraySet.EMPTY_SET, letters -> false);

  /** What separates the words of a rule's entry: spaces, hyphens, apostrophes. */
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The acronyms' letters, lowercase ("apre", "vae"), matched ignoring case ("APRE", "Vae"). */
  private final CharArraySet letters;
  /** The acronyms' terms as the analysis indexes them ("apre", "va"). */
  private final CharArraySet stems;
  private final Predicate<String> frenchWord;
  /**
   * Whether an acronym's letters, lowercase, spell a French word ("cas", "due", "aides"): read once
   * each, so at most one entry an acronym.
   */
  private final Map<String, Boolean> spellsAWord = new ConcurrentHashMap<>();

  private AcronymSpellings(CharArraySet letters, CharArraySet stems, Predicate<String> frenchWord) {
    this.letters = letters;
    this.stems = stems;
    this.frenchWord = frenchWord;
  }

  /** No acronym: nothing is marked. */
  static AcronymSpellings none() {
    return NONE;
  }

  /**
   * The acronyms of {@code rules}, the words they write in capitals ("APRE", "CSE", both of
   * "CGT-FO"), with their terms as {@code indexAnalyzer} makes them; {@code frenchWord} tells a word
   * from a lowercase acronym (read only when a question writes an acronym's letters in lowercase,
   * see {@link #writtenAsAcronym}).
   */
  static AcronymSpellings of(List<String> rules, Analyzer indexAnalyzer, Predicate<String> frenchWord) {
    CharArraySet letters = new CharArraySet(64, true);
    CharArraySet stems = new CharArraySet(64, false);
    for (String rule : rules) {
      for (String word : WORD_BREAK.split(rule)) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < 2 || !capitals(word.toCharArray(), word.length()) || letters.contains(lower)) {
          continue;
        }
        List<String> terms = Terms.of(indexAnalyzer, word);
        if (terms.size() == 1) {
          letters.add(lower);
          stems.add(terms.get(0));
        }
      }
    }
    if (letters.isEmpty()) {
      return NONE;
    }
    return new AcronymSpellings(CharArraySet.unmodifiableSet(letters), CharArraySet.unmodifiableSet(stems), frenchWord);
  }

  boolean isEmpty() {
    return letters.isEmpty();
  }

  /**
   * These acronyms as the lexicon's rules are read, where an acronym's letters written in
   * lowercase are the acronym ({@code asWords} false: "cse, comité social et économique" beside a
   * "CSE" of another line) or a word ({@code asWords} true: "à mon insu" beside the INSU, "are"
   * beside the ARE). The lexicon does not say which: {@link Synonyms} reads such an entry both
   * ways, and no rule waits for the dictionary.
   */
  AcronymSpellings inRules(boolean asWords) {
    return this == NONE ? NONE : new AcronymSpellings(letters, stems, letters -> asWords);
  }

  /** Whether {@code text} has a word not in capitals whose letters are an acronym's ("insu", "cse"). */
  boolean hasLowercaseLetters(String text) {
    for (String word : WORD_BREAK.split(text)) {
      char[] chars = word.toCharArray();
      int base = lettersLength(chars, chars.length);
      if (base > 0 && !capitals(chars, base)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code term}, an analysed term, is an acronym's too. */
  boolean sharesAStem(char[] term, int length) {
    return stems.contains(term, 0, length);
  }

  /**
   * Whether {@code token}, as the text writes it, is an acronym of the lexicon: its letters (a
   * plural "s" aside: "CSEs", "cses"), in capitals ("APRE", "CAS"), or in lowercase or with a
   * capital initial ("vae", "Vae") when those letters spell no French word. "Cas", "due", "aides",
   * "Apre" (âpre) are words, as likely at the start of a sentence as anywhere: there, only the
   * capitals tell the acronym.
   */
  boolean writtenAsAcronym(char[] token, int length) {
    int base = lettersLength(token, length);
    if (base < 0) {
      return false;
    }
    if (capitals(token, base)) {
      return true;
    }
    String lower = new String(token, 0, base).toLowerCase(Locale.ROOT);
    return !spellsAWord.computeIfAbsent(lower, frenchWord::test);
  }

  /** How many of the token's characters are an acronym's letters: all, all but a plural "s", or none (-1). */
  private int lettersLength(char[] token, int length) {
    if (isLetters(token, length)) {
      return length;
    }
    if (length > 2 && (token[length - 1] == 's' || token[length - 1] == 'S') && isLetters(token, length - 1)) {
      return length - 1;
    }
    return -1;
  }

  /** Whether the first {@code length} characters, whatever their case, are an acronym's letters. */
  private boolean isLetters(char[] token, int length) {
    return letters.contains(token, 0, length);
  }

  /** All capitals (digits allowed), at least one letter. */
  private static boolean capitals(char[] token, int length) {
    boolean letter = false;
    for (int i = 0; i < length; i++) {
      char c = token[i];
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letter = true;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letter;
  }
}
