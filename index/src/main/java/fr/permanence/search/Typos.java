package fr.permanence.search;

import fr.permanence.analysis.FrenchDictionary;
import fr.permanence.analysis.SpellingAnalyzer;
import fr.permanence.analysis.Terms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The words a member most likely meant where a question word is misspelt: "licenciment",
 * "teletravial", "conventionelle". A word is corrected only when the texts never use it — no
 * passage's text has its stem, nor any of its synonyms' —, when it is no name, acronym or number,
 * and when it is no French word either ({@link FrenchDictionary}): such a word matches nothing, so a
 * correction can only add. Candidates are the texts' own words as
 * written ({@link PassageFields#SPELLING}), found by Lucene's {@link DirectSpellChecker}: Damerau
 * edit distance (a swap of two letters is one edit), the closest first, then the one more passages
 * use; one edit for a word of {@value #MIN_LENGTH} to {@value #LONG_LENGTH} letters minus one, two
 * from {@value #LONG_LENGTH} letters, none below (a short word one letter off is another word:
 * "congé"/"conge" aside, "prime"/"prise", "poste"/"porte"). The search adds the corrections to the
 * question with a weight of their own ({@link RankingParameters#typoWeight()}), the member's word
 * staying; the evidence of an answer ({@link MatchCheck}) reads the question as meant, each
 * misspelt word as its first correction ({@link #corrected}): no more and no less certain than the
 * question well spelt. An article typed without its apostrophe ("lemploi", "lIA") is one such
 * slip: its correction is the word after it, when the texts use that word.
 *
 * <p>Tried against the texts' words alone, correct words the texts happen not to use were taken
 * for typos ("grossiste" became "grossesse", "donation" "dotation", "soulèvent" "seulement"): the
 * French dictionary keeps them as they are. A word no dictionary has (jargon, a brand, an English
 * word) may still get a close word of the texts: which is why corrections are added at a weight
 * fitted by cross-validation, never substituted.
 *
 * <p>Thread-safe: the spell checkers are configured once and only read, analyzers are safe to
 * share (Lucene), and the memory of corrections is a concurrent map per index version.
 */
final class Typos {
  /** Shorter words are not corrected: one letter off, a short word is usually another word. */
  static final int MIN_LENGTH = 6;
  /** From this length on, two edits: one of nine letters or more has room for two slips. */
  static final int LONG_LENGTH = 9;
  /**
   * Longer "words" are not corrected: French's longest ("anticonstitutionnellement") has 25
   * letters, and an edit automaton or accent variants of a thousand-letter string cost for nothing.
   */
  static final int MAX_LENGTH = 30;
  /** Most corrections kept for one word: its best, and a second as close if it means another word. */
  static final int MAX_CANDIDATES = 2;
  /**
   * Fewest passages a candidate must appear in: a word the texts use once may be an extraction
   * artefact ("maind'œuvre", a hyphenated line end) rather than a word.
   */
  private static final int MIN_CANDIDATE_PASSAGES = 2;
  /** Words remembered per index version; members' questions share their misspellings. */
  private static final int MAX_REMEMBERED = 20_000;
  /** A word on its own: letters not touching digits ("2e", "L2312" are numbers, not words). */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{L}+(?![\\p{L}\\p{N}_])");

  /**
   * An article or pronoun whose apostrophe was left out, glued to a word of four letters or more
   * starting with a vowel or an h, as people type on a phone ("lemploi", "demplois", "lentretien"):
   * group 1 is the word. Tried only on words neither the texts nor the French dictionary know,
   * before the spelling checker, which keeps a word's first letter and so never drops the article.
   */
  private static final Pattern ELIDED = Pattern.compile("(?:qu|[cdjlmnst])([aeiouyhàâäéèêëîïôöùûüœ]\\p{L}{3,})");
  /** The same before an acronym, kept in capitals as acronyms are searched: "lIA", "dRH", "lUE". */
  private static final Pattern ELIDED_ACRONYM = Pattern.compile("(?:qu|[cdjlmnst])(\\p{Lu}{2,})");

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final SpellingAnalyzer spelling = new SpellingAnalyzer();
  private final MissingAccents accents;
  private final Supplier<FrenchDictionary> dictionary;
  private final DirectSpellChecker oneEdit = checker(1);
  private final DirectSpellChecker twoEdits = checker(2);
  /** Corrections found for one index version, by the member's word. */
  private final AtomicReference<Memory> memory = new AtomicReference<>();

  /**
   * @param indexAnalyzer the analysis of indexed text: is a word known, and as which stems
   * @param queryAnalyzer the same with synonyms: a word a synonym rule knows is no typo
   * @param accents restores the accents of a candidate, which the spelling vocabulary folds
   * @param dictionary French words, which are no typos even where the texts lack them: read when a
   *     first word the texts lack needs it
   */
  Typos(Analyzer indexAnalyzer, Analyzer queryAnalyzer, MissingAccents accents, Supplier<FrenchDictionary> dictionary) {
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
    this.accents = accents;
    this.dictionary = dictionary;
  }

  private static DirectSpellChecker checker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinQueryLength(MIN_LENGTH);
    checker.setMaxQueryLength(MAX_LENGTH);
    // Lucene keeps the words in more passages than this threshold.
    checker.setThresholdFrequency(MIN_CANDIDATE_PASSAGES - 1);
    // Lucene's default: the first letter is right (members slip inside words, and it keeps the
    // automaton small); its accuracy (0.5 of the letters right) lets any one- or two-edit word through.
    return checker;
  }

  /**
   * The corrections of the misspelt words of {@code text}, as the texts spell them, joined by
   * spaces ("licenciement"); "" when no word needs one. {@code text} is already in standard spelling
   * (informal spellings rewritten, accents restored).
   */
  String corrections(IndexReader reader, String text) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Fix fix : fixes(reader, text)) {
      for (String c : fix.corrections()) {
        out.append(out.isEmpty() ? "" : " ").append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as the member meant it: each misspelt word replaced by its first correction
   * ("le teletravial" → "le teletravail"); {@code text} itself when no word needs one.
   */
  String corrected(IndexReader reader, String text) throws IOException {
    List<Fix> fixes = fixes(reader, text);
    if (fixes.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = fixes.size() - 1; i >= 0; i--) { // from the end: earlier offsets stay valid
      Fix fix = fixes.get(i);
      out.replace(fix.start(), fix.end(), fix.corrections().get(0));
    }
    return out.toString();
  }

  /** A misspelt word of a text, by its offsets, and its corrections (one or two). */
  private record Fix(int start, int end, List<String> corrections) {}

  /** The misspelt words of {@code text} that have corrections, in order. */
  private List<Fix> fixes(IndexReader reader, String text) throws IOException {
    Set<String> names = new HashSet<>(QuestionNames.find(text));
    Map<String, List<String>> known = remembered(reader);
    List<Fix> fixes = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      Matcher acronym = ELIDED_ACRONYM.matcher(word);
      if (acronym.matches()) {
        fixes.add(new Fix(m.start(), m.end(), List.of(acronym.group(1))));
        continue;
      }
      int length = word.codePointCount(0, word.length());
      if (length < MIN_LENGTH || length > MAX_LENGTH || names.contains(word) || isCapitals(word)) {
        continue;
      }
      List<String> corrections = known.get(word);
      if (corrections == null) {
        corrections = correct(reader, word);
        if (known.size() >= MAX_REMEMBERED) {
          known.clear(); // a bound, not an eviction policy: refilled by the next questions' words
        }
        known.put(word, corrections);
      }
      if (!corrections.isEmpty()) {
        fixes.add(new Fix(m.start(), m.end(), corrections));
      }
    }
    return fixes;
  }

  /**
   * The corrections of one word: none when the texts know it, when it is a French word (which the
   * texts happen not to use), or when nothing is close.
   */
  private List<String> correct(IndexReader reader, String word) throws IOException {
    String form = spelling.form(word);
    Term misspelt = new Term(PassageFields.SPELLING, form);
    if (reader.docFreq(misspelt) > 0) {
      return List.of(); // the texts write it so: the cheapest test, and the most frequent answer
    }
    List<String> stems = Terms.of(indexAnalyzer, word);
    if (stems.isEmpty() || anyKnown(reader, stems) || anyKnown(reader, Terms.of(queryAnalyzer, word))
        || dictionary.get().isWord(word)) {
      return List.of(); // a stop word, a word of the texts, one a synonym rule knows, or a French word
    }
    Matcher elided = ELIDED.matcher(word);
    if (elided.matches()) {
      String rest = elided.group(1);
      if (anyKnown(reader, Terms.of(indexAnalyzer, rest))) {
        return List.of(rest); // "lemploi": the texts' "emploi" after an article typed without its apostrophe
      }
    }
    SuggestWord[] suggestions = oneEdit.suggestSimilar(misspelt, MAX_CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    if (suggestions.length == 0 && form.length() >= LONG_LENGTH) {
      // Two edits only when one finds nothing: the automaton of two edits costs several times more.
      suggestions = twoEdits.suggestSimilar(misspelt, MAX_CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    }
    List<String> corrections = new ArrayList<>();
    Set<String> meanings = new HashSet<>();
    int bestEdits = Integer.MAX_VALUE;
    for (SuggestWord s : suggestions) {
      int edits = edits(form, s);
      if (edits > bestEdits) {
        break; // a second candidate only as close as the first: otherwise the first is the word meant
      }
      bestEdits = edits;
      // The vocabulary folds accents; the stems searched need them back ("salaries" → "salariés").
      String spelt = accents.restore(reader, s.string);
      List<String> meaning = Terms.of(indexAnalyzer, spelt);
      if (!meaning.isEmpty() && anyKnown(reader, meaning) && meanings.add(String.join(" ", meaning))) {
        corrections.add(spelt);
      }
    }
    return List.copyOf(corrections);
  }

  /**
   * The edits between {@code form} and a suggestion, from its similarity: Lucene's automaton
   * scores a candidate 1 - edits / (the shorter word's length).
   */
  private static int edits(String form, SuggestWord s) {
    int shorter = Math.min(form.codePointCount(0, form.length()), s.string.codePointCount(0, s.string.length()));
    return Math.round((1 - s.score) * shorter);
  }

  /** Whether any of {@code terms} is in some passage's text. */
  private static boolean anyKnown(IndexReader reader, List<String> terms) throws IOException {
    for (String term : terms) {
      for (String field : PassageFields.TEXTS) {
        if (reader.docFreq(new Term(field, term)) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The corrections remembered for the index version {@code reader} reads, emptied when it changes. */
  private Map<String, List<String>> remembered(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Object key = helper == null ? reader : helper.getKey();
    Memory known = memory.get();
    if (known != null && known.key() == key) {
      return known.corrections();
    }
    Memory fresh = new Memory(key, new ConcurrentHashMap<>());
    memory.set(fresh);
    return fresh.corrections();
  }

  /** The corrections found in one version of the index, by its reader's cache key. */
  private record Memory(Object key, Map<String, List<String>> corrections) {}

  private static boolean isCapitals(String word) {
    return word.chars().allMatch(Character::isUpperCase);
  }
}
