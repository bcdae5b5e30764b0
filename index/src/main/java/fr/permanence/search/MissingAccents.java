package fr.permanence.search;

import fr.permanence.analysis.FrenchDictionary;
import fr.permanence.analysis.Terms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Puts back the accents a member left out, where they change how a word is searched. The French
 * stemmer reads word endings with their accents: the texts' "précarité" stems to {@code precar}
 * but "precarite" to {@code precarit}, "salariés" to {@code salari} but "salaries" to
 * {@code salar}, and the accent-less word matches nothing. Folding accents before stemming would
 * cost the stemmer its suffixes; instead each accent-less word of the question is tried with the
 * accents French puts on an "e" (é, è, ê) or a "c" (ç), and the spelling whose stem the indexed
 * texts use most replaces it, if they never use the member's stem or use the new one at least
 * {@link #RATIO} times as often. Most accent-less
 * words ("conge", "delegation", "teletravail") stem like their accented form and are left as they are.
 * The stemmer takes any string, so a spelling French never writes can stem like another word:
 * "collécter" stems like "collectif" (collect), a word the texts use thirty times as often as the
 * "collecte" of data, and "collecter des infos" searched collective agreements. So when the word
 * is French as written or with some accents ({@link FrenchDictionary#spellings}), a spelling wins
 * only if it stems like one of those words; a word no dictionary knows (jargon, a misspelling)
 * is tried with every spelling.
 *
 * <p>Misspellings one letter off ("liscenciement") are not rewritten here: {@link Typos} adds their
 * correction beside the member's word, and only for words no French dictionary knows (rewritten
 * against the texts' words alone, correct words the texts do not use became others: "voudrais"
 * "poudrais", "glandeur" "grandeur"; README, "Members' words" and "Typos").
 *
 * <p>Thread-safe: its analyzer is safe to share (Lucene) and its memory of stems is a concurrent map.
 */
final class MissingAccents {
  /**
   * How much more often the accented spelling's stem must occur than the member's own: an
   * accent-less form the texts use too (an extraction artefact, a heading in capitals) is at
   * least that much rarer than the right spelling, while two real words that differ by an accent
   * are not in general ten times apart.
   */
  static final int RATIO = 10;
  /** Most spellings tried for one word: 4 for each "e" and 2 for each "c", from the end. */
  private static final int MAX_VARIANTS = 256;
  /** Shorter words ("ca", "ou", "a") are stop words whose accents the analysis already ignores. */
  private static final int MIN_LENGTH = 4;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * Spellings remembered with their stem: each word of a question is tried with up to
   * {@value #MAX_VARIANTS} spellings, each analysed, and members' questions share most of their
   * words. 50,000 spellings of some ten letters and their stems take about 10 MB.
   */
  private static final int MAX_STEMS = 50_000;

  private final Analyzer analyzer;
  private final Supplier<FrenchDictionary> dictionary;
  /** Word → the stems of its French spellings ({@link FrenchDictionary#spellings}); empty when none is French. */
  private final Map<String, Set<String>> frenchStems = new ConcurrentHashMap<>();
  /** Spelling → its single stem, if any: the analysis is a function of the spelling alone. */
  private final Map<String, Optional<String>> stems = new ConcurrentHashMap<>();

  /**
   * @param analyzer the analysis of indexed text (stems, as the index holds them)
   * @param dictionary the French words, read only when an accented spelling would replace a word
   */
  MissingAccents(Analyzer analyzer, Supplier<FrenchDictionary> dictionary) {
    this.analyzer = analyzer;
    this.dictionary = dictionary;
  }

  /** {@code text} with the accents it lacks restored against the texts {@code reader} holds. */
  String restore(IndexReader reader, String text) throws IOException {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    Map<String, Integer> frequencies = new HashMap<>();
    boolean changed = false;
    while (m.find()) {
      String word = m.group();
      String better = restoreWord(reader, word, frequencies);
      changed |= !better.equals(word);
      m.appendReplacement(out, Matcher.quoteReplacement(better));
    }
    m.appendTail(out);
    return changed ? out.toString() : text;
  }

  private String restoreWord(IndexReader reader, String word, Map<String, Integer> frequencies) throws IOException {
    if (word.length() < MIN_LENGTH || !word.chars().allMatch(c -> c < 128) || isCapitals(word)) {
      return word;
    }
    String stem = stemOf(word);
    if (stem == null) {
      return word; // a stop word, or a word the analysis splits
    }
    int own = frequency(reader, stem, frequencies);
    String best = word;
    // A word the texts never use matches nothing: any accented spelling they use does better.
    int bestFrequency = own == 0 ? 0 : RATIO * own - 1;
    for (String candidate : variants(word.toLowerCase(Locale.ROOT))) {
      String s = stemOf(candidate);
      if (s != null && !s.equals(stem)) {
        int f = frequency(reader, s, frequencies);
        if (f > bestFrequency && stemsLikeAFrenchSpelling(word, s)) {
          best = candidate;
          bestFrequency = f;
        }
      }
    }
    return best;
  }

  /** Whether {@code stem} is that of a French spelling of {@code word}, or no spelling of it is French. */
  private boolean stemsLikeAFrenchSpelling(String word, String stem) {
    Set<String> french = frenchStems.get(word);
    if (french == null) {
      // Some fifty spellings asked of Hunspell: once per word, as the stems are.
      french = new HashSet<>();
      for (String spelling : dictionary.get().spellings(word.toLowerCase(Locale.ROOT))) {
        String s = stemOf(spelling);
        french.add(s == null ? "" : s);
      }
      if (frenchStems.size() >= MAX_STEMS) {
        frenchStems.clear(); // a bound, as for the stems
      }
      frenchStems.put(word, french);
    }
    return french.isEmpty() || french.contains(stem);
  }

  /** The single stem of {@code word}; null for a stop word or a word the analysis splits. */
  private String stemOf(String word) {
    Optional<String> known = stems.get(word);
    if (known == null) {
      List<String> terms = Terms.of(analyzer, word);
      known = terms.size() == 1 ? Optional.of(terms.get(0)) : Optional.empty();
      if (stems.size() >= MAX_STEMS) {
        stems.clear(); // a bound, not an eviction policy: refilled by the next questions' words
      }
      stems.put(word, known);
    }
    return known.orElse(null);
  }

  /** Passages of any kind whose text has {@code stem}. */
  private static int frequency(IndexReader reader, String stem, Map<String, Integer> frequencies) throws IOException {
    Integer known = frequencies.get(stem);
    if (known != null) {
      return known;
    }
    int sum = 0;
    for (String field : PassageFields.TEXTS) {
      sum += reader.docFreq(new Term(field, stem));
    }
    frequencies.put(stem, sum);
    return sum;
  }

  /**
   * {@code word} (lowercase, without accents) with accents on its "e"s and "c"s, fewest accents
   * first; the word itself excluded. A long word gets accents on its last letters only: the
   * stemmer reads endings.
   */
  static List<String> variants(String word) {
    List<String> variants = new ArrayList<>(List.of(word));
    for (int i = word.length() - 1; i >= 0; i--) {
      String options = switch (word.charAt(i)) {
        case 'e' -> "éèê";
        case 'c' -> "ç";
        default -> "";
      };
      if (options.isEmpty()) {
        continue;
      }
      if (variants.size() * (options.length() + 1) > MAX_VARIANTS) {
        break;
      }
      List<String> more = new ArrayList<>();
      for (String v : variants) {
        for (char c : options.toCharArray()) {
          more.add(v.substring(0, i) + c + v.substring(i + 1));
        }
      }
      variants.addAll(more);
    }
    List<String> out = new ArrayList<>(variants.subList(1, variants.size()));
    out.sort(Comparator.comparingLong(MissingAccents::accents));
    return out;
  }

  private static long accents(String word) {
    return word.chars().filter(c -> c >= 128).count();
  }

  private static boolean isCapitals(String word) {
    return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
  }
}
