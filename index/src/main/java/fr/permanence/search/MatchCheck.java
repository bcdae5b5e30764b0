package fr.permanence.search;

import fr.permanence.analysis.FrenchDictionary;
import fr.permanence.analysis.Terms;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Measures what {@link Answerability} decides from: how strongly the best passage matches the
 * question, and which of the question's names the quoted passages never mention.
 *
 * <p>Thread-safe: immutable (Lucene's analyzers and {@link WorkingLife} are safe to share).
 */
final class MatchCheck {
  /** Share of the union's passages above which a name is common: 2 %, about ten passages by default. */
  private static final double COMMON_NAME_SHARE = 0.02;

  /** The suffixes that make a doctrine, a follower or an adjective of a person's name. */
  private static final List<String> EPONYM_SUFFIXES = List.of("isme", "iste", "ien");

  private final Analyzer queryAnalyzer;
  private final Analyzer indexAnalyzer;

  private final WorkingLife workingLife = new WorkingLife();

  /**
   * @param queryAnalyzer the question analysis with synonyms, which gives a name's other forms
   * @param indexAnalyzer the analysis of the indexed text, with which a word is looked up in the headings
   */
  MatchCheck(Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
    this.indexAnalyzer = indexAnalyzer;
  }

  /** Passages whose words together count for {@link Evidence#topCoverage()}. */
  private static final int TOP = 3;

  /**
   * How well the best passages match what is asked: the best passage's score for the question's
   * focus relative to the focus's weight (the sum of the idf of its words, which bounds what a
   * passage can score per word), and the named things (names, acronyms, years) of the focus that
   * the quoted passages never mention. The context of a situation-rich question (a tool, a company,
   * a city, the hours worked) describes the situation: it is neither weight to match nor evidence
   * to look for.
   *
   * @param message the member's whole message, naming words included: whether it speaks of working
   *     life ("la convention Syntec", "la CGT") or of another code is read in all its words
   * @param focusScore the best passage's score for the focus alone (its score when there is no context)
   * @param naming the kinds of source and the texts the message names ({@link SourceNames})
   */
  Evidence measure(IndexSearcher searcher, String message, QuestionFocus question, double focusScore, List<Hit> hits, int[] docIds,
      KindWeights weights, boolean exactArticle, SourceNames.Naming naming)
      throws IOException {
    if (hits.isEmpty()) {
      return Evidence.NONE;
    }
    Year now = Year.now();
    var reader = searcher.getIndexReader();
    // The question's weight is counted in the field of the best passage's source.
    SourceKind bestKind = hits.get(0).passage().kind();
    String field = PassageFields.text(bestKind);
    int docs = Math.max(1, reader.getDocCount(field));
    double weight = 0;
    for (String term : question.focusTerms()) {
      weight += idf(reader, field, docs, term);
    }
    int[] best = {docIds[0]};
    int[] quoted = Arrays.copyOf(docIds, Math.min(SentencePicker.HIGHLIGHTED_HITS, hits.size()));
    int missingNames = 0;
    // Names the texts hardly know, quoted or not: a question about one company, person or place.
    Set<String> particular = new LinkedHashSet<>();
    // A name the union's documents mention often (CSE, CGT, IA) is the topic, not a detail: only
    // rarer names (Syntec, Atos, Numeum), and years, must be in what is quoted.
    int common = (int) Math.ceil(COMMON_NAME_SHARE * reader.getDocCount(PassageFields.TEXT));
    for (String name : QuestionNames.find(QuestionFocus.withoutAsides(question.focus()),
        word -> isNameAtSentenceStart(reader, common, word))) {
      boolean year = QuestionNames.isYear(name);
      List<List<String>> forms = nameForms(name);
      if (!year
          && forms.stream().anyMatch(form -> form.stream().allMatch(t -> docFreq(reader, t) > common))) {
        continue;
      }
      if (year ? FactAsked.isWhenTheSituationBegan(question.focus(), name, now)
          : FactAsked.isALocation(question.focus(), name)) {
        // Where the member works ("à Lille", "près de Lyon") and since when ("depuis 2019")
        // describe the situation, even in a message of one sentence: no passage need name them.
        continue;
      }
      if (!year && FactAsked.isToldAsContext(question.focus(), name)) {
        // The employer or the tool of the situation told: what is asked is the same rule at any
        // employer and for any tool, so neither is the question about that name nor need a
        // passage name it. (Kept as a particular name, held out over 1,122 questions: absent
        // facts refused 0.821 instead of 0.840, situations 0.650 instead of 0.633, false
        // abstention 0.029 either way; and 2 of 11 new questions naming a tool or jargon
        // in their context refused instead of none.)
        continue;
      }
      if (!year && !QuestionNames.isShortAcronym(name)) {
        particular.add(name.toLowerCase(Locale.ROOT));
      }
      boolean found = QuestionNames.isShortAcronym(name)
          // Two-letter acronyms (PC, CV, UE) are common nouns: the corpus need only know them.
          ? forms.stream().anyMatch(form -> form.stream().allMatch(t -> docFreq(reader, t) > 0))
          // A year must be in the best passage; other names in one of the quoted ones.
          : forms.stream().anyMatch(form -> form.stream()
              .allMatch(t -> anyHas(reader, year ? best : quoted, t)));
      if (!found) {
        missingNames++;
      }
    }
    for (String place : FactAsked.workplaces(question.focus())) {
      if (!FactAsked.isToldAsContext(question.focus(), place)
          && nameForms(place).stream().noneMatch(form -> form.stream().allMatch(t -> docFreq(reader, t) > common))) {
        particular.add(place);
      }
    }
    // An article's score was weighed down with its source's weight: compare it on the same scale.
    double scale = weights.of(hits.get(0).passage());
    double relative = weight == 0 ? 0 : focusScore / (weight * scale);
    int[] top = Arrays.copyOf(docIds, Math.min(TOP, hits.size()));
    // Another code's words: the question is about that code, even when a labour text mentions them too;
    // unless it asks what one of the union's texts says ("qu'en dit le rapport ?", "la CGT demande
    // quoi ?"): the member's employer or status told around it ("agente à la CAF", "livreur en
    // auto-entrepreneur") is then the situation the text is asked about.
    int otherLawWords = naming.sources().isEmpty() ? OtherLaw.in(message).size() : 0;
    boolean asksForAPerson = QuestionFocus.asksForAPerson(question.focus()) || FactAsked.asksForAContact(question.focus())
        || FactAsked.asksAboutANamedPerson(question.focus());
    Evidence words = coverage(reader, question.focusTerms(), workingLife.mentions(message), best, top, relative,
        missingNames, asksForAPerson, exactArticle);
    return words.with(particular.size(), otherLawWords,
        FactAsked.timeBound(question.focus(), now), FactAsked.asksForAnExactDetail(question.focus()),
        // One organisation's facts: the member's workplace's, or what the union charges its members.
        FactAsked.asksAboutOwnWorkplace(question.focus()) || FactAsked.asksForAUnionFee(question.focus()),
        // A statistic comes from a survey or a report: only the union's documents report figures.
        bestKind != SourceKind.DOCUMENT && FactAsked.asksForAStatistic(question.focus()),
        FactAsked.asksForARecommendation(question.focus()), FactAsked.asksAboutARightOrDuty(question.focus()),
        thingOutsideField(reader, FactAsked.askedThing(question.focus())),
        textNamed(naming, question.focus(), asksForAPerson),
        FactAsked.asksForPracticalHelp(question.focus())
            ? outsideShare(reader, FactAsked.practicalObject(question.focus())) : 0,
        FactAsked.asksForARanking(question.focus()));
  }

  /**
   * Passages under headings with a word for the thing a question asks about to be a matter of the
   * texts ({@link #thingOutsideField}): 5, chosen by cross-validation against 3, 10, 20, 30 and 50
   * (dev + dev2 + own, 961 questions, ten cuts of 5-fold, 2026-12-02: off-topic refused 0.950,
   * 0.958, 0.957, 0.951, 0.947, 0.941; formal false abstention 0.007 at 3 and 5, 0.012 at 10; the
   * other kinds and registers within 0.01). A dish, a car park or a plant heads none or a few
   * ("plat", under a section on meals at work); the texts' own matters head many (préavis, congé,
   * indemnité), though some fewer ("prévenance" three, "majoration" six): the bar is one piece of
   * evidence, weighed with the others.
   */
  static final int THING_MIN_HEADINGS = 5;

  /**
   * Whether {@code thing}, the thing a question asks about ({@link FactAsked#askedThing}), is
   * outside the field: no word of working life, and under fewer than {@link #THING_MIN_HEADINGS}
   * of the texts' headings in each of its analysed forms.
   */
  private boolean thingOutsideField(IndexReader reader, String thing) throws IOException {
    if (thing.isEmpty() || workingLife.mentions(thing)) {
      return false;
    }
    List<String> terms = Terms.of(indexAnalyzer, thing);
    for (String term : terms) {
      if (headingFreq(reader, term) >= THING_MIN_HEADINGS) {
        return false;
      }
    }
    return !terms.isEmpty();
  }

  /**
   * Passages under headings with a word for it to count as a matter of the texts when a practical
   * request is about it ({@link Evidence#practicalRequest()}): 10, chosen by cross-validation
   * against 3 and 30 (dev + dev2 + own, 871 questions, ten cuts of 5-fold, 2026-12-01: off-topic
   * refused 0.925, 0.943, 0.920, the other kinds and false abstention within 0.01); a word under
   * three to nine headings (plat, badge) is named in a section or two, not a topic the texts settle.
   */
  static final int PRACTICAL_MIN_HEADINGS = 10;

  /**
   * The share of the analysed words of {@code text} that head fewer than {@link
   * #PRACTICAL_MIN_HEADINGS} passages: the words naming only the workplace and its people
   * ({@link WorkingLife#namesTheWorkplace}: "du taf", "avec mon manager") are left out, the other
   * words of working life (congé, salaire, prud'hommes) count as the field's; 0 when none is left.
   */
  private double outsideShare(IndexReader reader, String text) throws IOException {
    int counted = 0;
    int outside = 0;
    Set<String> seen = new HashSet<>();
    for (String word : text.split("[\\s,;:!?.()«»\"]+")) {
      if (word.isEmpty() || WorkingLife.namesTheWorkplace(word)) {
        continue;
      }
      boolean ofWork = workingLife.mentions(word);
      for (String term : Terms.of(indexAnalyzer, word)) {
        if (seen.add(term)) {
          counted++;
          if (!ofWork && headingFreq(reader, term) < PRACTICAL_MIN_HEADINGS) {
            outside++;
          }
        }
      }
    }
    return counted == 0 ? 0 : (double) outside / counted;
  }

  /** BM25's idf of {@code term} in {@code field}. */
  private static double idf(IndexReader reader, String field, int docs, String term)
      throws IOException {
    int df = reader.docFreq(new Term(field, term));
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /** The coverage evidence: which of the question's words, weighted by idf, the best passages contain. */
  private static Evidence coverage(IndexReader reader, List<String> terms, boolean workingLife,
      int[] best, int[] top,
      double relative, int missingNames, boolean asksForAPerson, boolean exactArticle) throws IOException {
    int docs = 0;
    for (String field : PassageFields.TEXTS) {
      docs += Math.max(0, reader.getDocCount(field));
    }
    docs = Math.max(1, docs);
    double all = 0;
    double known = 0;
    double inBest = 0;
    double inTop = 0;
    int knownCount = 0;
    int bestMatched = 0;
    double familiarity = 0;
    int inHeadings = 0;
    double rarestMissing = 0;
    double maxIdf = Math.log(1 + (docs + 0.5) / 0.5);
    List<String> distinct = List.copyOf(new LinkedHashSet<>(terms));
    for (String term : distinct) {
      int df = docFreq(reader, term);
      double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
      all += idf;
      familiarity += Math.log1p(df) / Math.log1p(docs);
      if (df == 0) {
        continue;
      }
      if (headingFreq(reader, term) >= MIN_HEADINGS) {
        inHeadings++;
      }
      known += idf;
      knownCount++;
      if (anyHas(reader, best, term)) {
        inBest += idf;
        bestMatched++;
      } else {
        rarestMissing = Math.max(rarestMissing, idf / maxIdf);
      }
      if (anyHas(reader, top, term)) {
        inTop += idf;
      }
    }
    return new Evidence(relative, known == 0 ? 0 : inBest / known, all == 0 ? 0 : inTop / all,
        distinct.isEmpty() ? 0 : (double) knownCount / distinct.size(),
        distinct.isEmpty() ? 0 : familiarity / distinct.size(),
        distinct.isEmpty() ? 0 : (double) inHeadings / distinct.size(), workingLife, rarestMissing, bestMatched, missingNames, asksForAPerson, exactArticle,
        0, 0, false, false, false, false, distinct.size(), false, false, false, false, 0, false);
  }

  /**
   * Passages under headings with a word for it to count as one of the field's concepts: a heading
   * repeats over the passages of its section, so a word of one short section's title is not yet
   * a concept of the field.
   */
  private static final int MIN_HEADINGS = 3;

  /** Passages whose heading has {@code term}, over all kinds of source. */
  private static int headingFreq(IndexReader reader, String term) throws IOException {
    int df = 0;
    for (String field : PassageFields.SECTIONS) {
      df += reader.docFreq(new Term(field, term));
    }
    return df;
  }

  private static int docFreq(IndexReader reader, String term) {
    try {
      int df = 0;
      for (String field : PassageFields.TEXTS) {
        df += reader.docFreq(new Term(field, term));
      }
      return df;
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics", e);
    }
  }

  /**
   * Whether the message names a kind of source or one of the texts as what it asks about. Not when
   * it asks who heads the union or where its office is, nor when it speaks of joining the union
   * ("adhérer à la CGT", {@link FactAsked#asksAboutMembership}) and names the union's documents
   * alone: the union is then the organisation asked about, not a text whose words are asked for.
   */
  private static boolean textNamed(SourceNames.Naming naming, String focus, boolean asksForAPerson) {
    return (naming.namesAny() || !naming.sources().isEmpty()) && !asksForAPerson
        && !(naming.kinds().equals(Set.of(SourceKind.DOCUMENT)) && FactAsked.asksAboutMembership(focus));
  }

  /**
   * The ways of writing a name, each as its list of terms: itself and its synonyms ("ANI" or
   * "accord national interprofessionnel"). A name passed over by analysis keeps its lowercase form.
   */
  private List<List<String>> nameForms(String name) {
    List<List<String>> forms = analysedForms(name);
    if (forms.isEmpty()) {
      forms.add(List.of(name.toLowerCase(Locale.ROOT)));
    }
    if (!QuestionNames.isYear(name) && name.chars().skip(1).noneMatch(Character::isUpperCase)) {
      // A passage on fordism speaks of Ford, one on Marxists of Marx: French names doctrines,
      // methods and followers after a person with -isme, -iste and -ien.
      for (String suffix : EPONYM_SUFFIXES) {
        forms.addAll(analysedForms(name.toLowerCase(Locale.ROOT) + suffix));
      }
    }
    return forms;
  }

  /**
   * Whether a capitalised word opening a sentence is a name: members often open with the company
   * or product they ask about ("Atos, ça a fait combien…", "Numeum prévoit…"). It is one when it is
   * no stop word, the texts do not use it often, and no French word is spelt so (the dictionary is
   * asked last: it may still be loading on a first question).
   */
  private boolean isNameAtSentenceStart(IndexReader reader, int common, String word) {
    List<List<String>> forms = analysedForms(word);
    return !forms.isEmpty()
        && forms.stream().noneMatch(form -> form.stream().allMatch(t -> docFreq(reader, t) > common))
        && !FrenchDictionary.get().isWord(word);
  }

  /** The word paths of {@code text} through the question analysis (synonyms included). */
  private List<List<String>> analysedForms(String text) {
    List<List<String>> forms = new ArrayList<>();
    try (TokenStream ts = queryAnalyzer.tokenStream(PassageFields.TEXT, text)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
      for (var paths = graph.getFiniteStrings(); paths.hasNext(); ) {
        try (TokenStream path = paths.next()) {
          List<String> terms = new ArrayList<>();
          CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
          path.reset();
          while (path.incrementToken()) {
            terms.add(term.toString());
          }
          path.end();
          if (!terms.isEmpty()) {
            forms.add(terms);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a name in memory", e);
    }
    return forms;
  }

  /** Whether one of {@code docs} has {@code term}, looked up in the postings (no passage is read). */
  private static boolean anyHas(IndexReader reader, int[] docs, String term) {
    try {
      List<LeafReaderContext> leaves = reader.leaves();
      for (int doc : docs) {
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        // Where a passage mentions a word: its text, its heading, its document's title. A passage
        // has the text and heading fields of its own kind only.
        SourceKind kind = SourceKind.of(SourceBalance.value(leaves, doc, PassageFields.KIND));
        for (String field : new String[] {PassageFields.text(kind), PassageFields.section(kind), PassageFields.TITLE}) {
          var postings = leaf.reader().postings(new Term(field, term), PostingsEnum.NONE);
          if (postings != null && postings.advance(local) == local) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("reading postings", e);
    }
  }
}
