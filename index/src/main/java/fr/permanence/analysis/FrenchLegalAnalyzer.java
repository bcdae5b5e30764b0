package fr.permanence.analysis;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for union documents and legal text: legal references kept as one token
 * whatever their spelling, a number parted from the unit of time glued to it ("35h" → "35 heures",
 * {@link GluedUnits}), elision ({@code l'}, {@code jusqu'}, {@code quelqu'}… with ' or ’),
 * capitalised acronyms kept even when they spell a stop word ("AI", "CA"), lowercase, French
 * stop words, stemming ({@link Morphology}), accent folding. With the lexicon's rules (queries only),
 * acronyms and synonyms are expanded last, on stems; an acronym's rules only where the question
 * writes the acronym, not on the words that share its stem ({@link AcronymSpellings}).
 *
 * <p>Thread-safe, as every Lucene analyzer: its synonym map and morphology are immutable, and the
 * token stream components it builds are reused per thread by Lucene's reuse strategy.
 */
public final class FrenchLegalAnalyzer extends Analyzer {
  /** Version of the analysis chain; part of the index fingerprint. */
  public static final String VERSION = "analysis-12-" + Morphology.configured().name().toLowerCase(Locale.ROOT);

  /** Elided articles, Lucene's list plus presqu' and quelqu' (also read by {@link SpellingAnalyzer}). */
  static final CharArraySet ELISIONS = CharArraySet.unmodifiableSet(new CharArraySet(Arrays.asList(
      "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "presqu", "quelqu"), true));

  /**
   * Words that carry no meaning for search in members' questions, beyond Lucene's French list:
   * question words and chat fillers. Folded, as they are compared after accent folding.
   */
  private static final List<String> QUESTION_WORDS = List.of(
      "quoi", "quel", "quelle", "quels", "quelles", "comment", "pourquoi", "combien", "est", "ce", "ca",
      "c", "cela", "peut", "peuvent", "doit", "doivent", "faire", "fait", "dit", "dire", "vraiment",
      "exactement", "genre", "bien", "alors", "donc", "oui", "non", "svp", "merci", "bonjour", "salut",
      "y", "a", "ai", "as", "avez", "ont", "etre", "etait", "sont", "suis", "es", "sommes", "etes",
      "leur", "leurs", "tout", "tous", "toute", "toutes", "si", "aussi", "encore", "deja", "selon",
      "chez", "nous", "vous", "on", "ils", "elles", "il", "elle", "je", "j", "me", "moi", "toi", "te",
      "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
      "quand", "plus", "moins", "tres", "trop", "ou", "la", "le", "les", "un", "une", "des", "du", "de",
      "d", "l", "au", "aux", "en", "et", "que", "qui", "dans", "par", "pour", "sur", "avec", "sans",
      // "C'est combien maintenant ?": the adverb stems like "maintenance" and pulled up
      // machine-maintenance articles. ("Aujourd'hui", "demain" stay: "le travail de demain" is a subject.)
      "maintenant",
      // Chat's placeholders for a thing not named ("un truc là-dessus").
      "truc", "trucs", "machin",
      // "Parce que" stems to a "parc"; "trois fois" to the "foi" of "bonne foi" and of a "foyer".
      "parce", "fois",
      // Grammar words Lucene's list lacks: the relative "dont" ("un outil dont on ne m'a jamais
      // parlé") and the infinitive of the auxiliary "avoir" ("sans l'en avoir informé"), whose
      // other forms (ai, as, ont, avez) it has.
      "dont", "avoir");

  /** The accented spellings of {@link #QUESTION_WORDS}, compared before accent folding. */
  private static final List<String> ACCENTED_QUESTION_WORDS = List.of(
      "ça", "être", "était", "êtes", "déjà", "très", "où", "à");

  /** Stop words, with and without accents: they are removed before stemming, which needs the accents. */
  private static final CharArraySet STOP_WORDS = stopWords();

  /** An index token of a legal reference; the stemmer must leave it alone. */
  private static final Pattern REFERENCE_TOKEN = Pattern.compile("[lrd]\\d{4}(?:_\\d{1,3})+");

  private final SynonymMap synonyms;
  private final AcronymSpellings acronyms;
  /** Whether the marks of words sharing an acronym's stem stay (rules being read) or go (queries). */
  private final boolean keepMarks;
  private final Morphology morphology;

  /** The analyzer for indexing, and for queries without synonym expansion. */
  public FrenchLegalAnalyzer() {
    this(null, AcronymSpellings.none(), false, Morphology.configured());
  }

  /** An analyzer that expands {@code synonyms}: for queries. */
  public FrenchLegalAnalyzer(Synonyms synonyms) {
    this(synonyms.isEmpty() ? null : synonyms.rules(), synonyms.acronyms(), false, Morphology.configured());
  }

  /** The analyzer of the lexicon's rules: words sharing an acronym's stem keep their mark ({@link Synonyms}). */
  FrenchLegalAnalyzer(AcronymSpellings acronyms) {
    this(null, acronyms, true, Morphology.configured());
  }

  private FrenchLegalAnalyzer(SynonymMap synonyms, AcronymSpellings acronyms, boolean keepMarks, Morphology morphology) {
    this.synonyms = synonyms;
    this.acronyms = acronyms;
    this.keepMarks = keepMarks;
    this.morphology = morphology;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return compounds(referenceFilters(reader));
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return compounds(referenceFilters(reader));
  }

  /**
   * "week-end", "week end", "weekend", "week-ends": one word. The tokenizer splits at the hyphen
   * into two words that French uses nowhere else, each as rare as the compound, and the proximity
   * boost adds the pair a third time: a short passage saying "week-end" once (a fact sheet on a
   * training programme) outranked every article on rest and on-call duty for "les appels
   * professionnels le week-end".
   */
  private static final Pattern WEEKEND = Pattern.compile("(?i)(?<![\\p{L}])week[\\s\\-‑]?(end)(s?)(?![\\p{L}])");

  private static Reader compounds(Reader reader) {
    return new PatternReplaceCharFilter(WEEKEND, "weekend$2", reader);
  }

  /** "art. L. 2312-37", "L2312-8", "R.2315-47": the letter, the four-digit head and the number after the hyphen. */
  private static final String REFERENCE_HEAD =
      "(?<![\\p{L}\\d])(?:(?i:art(?:icle)?s?)\\s{0,2}\\.?\\s{0,2})?([LRDlrd])\\s{0,2}\\.?\\s{0,2}(\\d{4})"
          + "\\s{0,2}[-‑–]\\s{0,2}(\\d{1,3})";
  // Compiled once: every question and every highlighted passage goes through these filters.
  private static final Pattern SIBLINGS = Pattern.compile(REFERENCE_HEAD + "\\s{0,2}/\\s{0,2}(\\d{1,3})(?!\\d)");
  private static final Pattern THREE_PARTS = Pattern.compile(REFERENCE_HEAD + "[-‑–](\\d{1,3})(?!\\d)");
  private static final Pattern SINGLE = Pattern.compile(REFERENCE_HEAD + "(?!\\d)");

  /** Rewrites legal references into single tokens: "art. L. 2312-37/38" → "L2312_37 L2312_38". */
  static Reader referenceFilters(Reader reader) {
    Reader siblings = new PatternReplaceCharFilter(SIBLINGS, "$1$2_$3 $1$2_$4", reader);
    Reader threeParts = new PatternReplaceCharFilter(THREE_PARTS, "$1$2_$3_$4", siblings);
    return new PatternReplaceCharFilter(SINGLE, "$1$2_$3", threeParts);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new GluedUnits(source);
    stream = new ElisionFilter(stream, ELISIONS);
    // Case is read before lowercasing: "AI" and "CA" are acronyms, "ai" and "ça" stop words.
    stream = new AcronymMarkerFilter(stream, STOP_WORDS);
    boolean acronymsApart = !acronyms.isEmpty();
    if (acronymsApart) {
      // So is how the lexicon's acronyms are written: "APRE", not "après".
      stream = new WrittenAcronymFilter(stream, acronyms);
    }
    stream = new LowerCaseFilter(stream);
    stream = new KeywordAwareStopFilter(stream, STOP_WORDS);
    stream = new PatternKeywordMarkerFilter(stream, REFERENCE_TOKEN);
    stream = morphology.stem(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (acronymsApart) {
      // "après" and "APRE" both give "apre": the word is marked apart while the rules apply.
      stream = new SharedStemMarks.Mark(stream, acronyms);
    }
    if (synonyms != null) {
      // Rules are stored analysed (see Synonyms), so they apply to stems, after stop words.
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    if (acronymsApart && !keepMarks) {
      stream = new SharedStemMarks.Unmark(stream);
    }
    if (synonyms != null) {
      // "consultation, consulter, consulté" all stem to "consult": count it once, not three times.
      // This also merges the paths of a group's forms that begin with the same word, so the
      // expansion searches the first such form's words, separately (corpus/lexicon/README.md).
      stream = new RemoveDuplicatesTokenFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(512, true);
    for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
      String w = new String((char[]) word);
      set.add(w);
      set.add(fold(w));
    }
    QUESTION_WORDS.forEach(set::add);
    // Question words written with their accents ("ça", "déjà", "très", "où", "être"…).
    for (String w : ACCENTED_QUESTION_WORDS) {
      set.add(w);
    }
    return CharArraySet.unmodifiableSet(set);
  }

  static String fold(String word) {
    char[] out = new char[word.length() * 4];
    int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
    return new String(out, 0, length);
  }
}
