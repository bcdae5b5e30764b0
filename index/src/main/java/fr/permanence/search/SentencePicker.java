package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
import fr.permanence.text.ListItems;
import fr.permanence.text.SentenceBreakIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the sentences of the best hits that answer the question, verbatim, with Lucene's
 * unified highlighter over the offsets stored in the postings.
 *
 * <p>Thread-safe: the highlighter of the latest index version is held in an atomic reference and
 * is itself safe to share (see its fields).
 */
final class SentencePicker {
  /** Hits whose best sentences are picked: an answer quotes at most three. */
  static final int HIGHLIGHTED_HITS = 3;
  /**
   * Sentences kept per hit: two are quoted at most; the third lets the opening line pass over one
   * that does not read alone (see the bot's OpeningSentence).
   */
  private static final int SENTENCES_PER_HIT = 3;
  /**
   * Sentences the highlighter scores per hit before the question's situation re-ranks them
   * ({@link Cues}): an enumeration of the code or the agreement has up to six items or so.
   */
  private static final int CANDIDATES_PER_HIT = 8;

  private final Analyzer indexAnalyzer;
  /** The highlighter of the latest index version searched (Lucene's highlighter is thread-safe). */
  private final AtomicReference<SentenceHighlighter> latest = new AtomicReference<>();

  SentencePicker(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * What the question says of the member's situation and asks, which decides between sentences
   * sharing as many of its words: the quantity asked ({@link Quantities#asked}), the categories
   * of workers named ({@link Categories#named}) and the figures given ({@link Ranges#values}), with
   * their weights.
   *
   * @param quantities the kinds of quantity asked, {@link Quantities#NONE} for none
   * @param categories the categories the question names, {@link Categories#NONE} for none
   * @param values the figures of the member's situation (seniority, age, headcount, coefficient)
   * @param quantityWeight see {@link RankingParameters#sentenceQuantity()}
   * @param situationWeight see {@link RankingParameters#sentenceSituation()}
   */
  record Cues(long quantities, long categories, List<Ranges.Value> values, double quantityWeight,
      double situationWeight) {
    static final Cues NONE = new Cues(Quantities.NONE, Categories.NONE, List.of(), 0, 0);

    Cues {
      values = List.copyOf(values);
    }

    /**
     * The factor of a sentence's score: {@code 1 + situationWeight} per enumeration where the
     * sentence (read with the lines introducing it, when it is an item of a list) names a category
     * the question names and per unit whose range admits one of the question's figures, its
     * inverse where it names only other categories or no figure is within its range
     * ({@link Categories#fit}, {@link Ranges#fit}); {@code 1 + quantityWeight × q} where
     * q is 1/2 when the sentence states a quantity of a kind asked, plus 1/4 when of the unit asked
     * (or none is named), plus 1/4 when counted by the period asked (or none is named).
     */
    double factor(String sentence, String leadIns) {
      double factor = 1;
      if (situationWeight > 0 && (categories != Categories.NONE || !values.isEmpty())) {
        String read = leadIns + " " + sentence;
        int fit = Categories.fit(categories, Categories.named(read)) + Ranges.fit(values, Ranges.bounds(read));
        factor *= Math.pow(1 + situationWeight, fit);
      }
      if (quantities != Quantities.NONE && quantityWeight > 0) {
        long stated = Quantities.stated(sentence);
        if ((stated & quantities & Quantities.ANY) != Quantities.NONE) {
          boolean unit = (quantities & Quantities.UNITS) == Quantities.NONE
              || (stated & quantities & Quantities.UNITS) != Quantities.NONE;
          boolean period = (quantities & Quantities.PERIODS) == Quantities.NONE
              || (stated & quantities & Quantities.PERIODS) != Quantities.NONE;
          factor *= 1 + quantityWeight * (0.5 + (unit ? 0.25 : 0) + (period ? 0.25 : 0));
        }
      }
      return factor;
    }
  }

  /**
   * The best sentences of the first hits, verbatim, the best first: those with most of
   * {@code words} ({@link QuestionQuery#highlight}), re-ranked by what the question says of the
   * member's situation ({@code cues}).
   */
  List<List<String>> pick(IndexSearcher searcher, List<String> words, TopDocs top, Cues cues) throws IOException {
    int count = Math.min(HIGHLIGHTED_HITS, top.scoreDocs.length);
    if (count == 0) {
      return List.of();
    }
    int[] docIds = new int[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    SentenceHighlighter highlighter = highlighter(searcher);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Object[] found = new Object[count];
    // A passage's words are in the text field of its kind only: each field is highlighted for its
    // own passages with the words in that field, rather than every field for every passage.
    for (SourceKind kind : SourceKind.values()) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (SourceKind.of(SourceBalance.value(leaves, docIds[i], PassageFields.KIND)) == kind) {
          positions.add(i);
        }
      }
      if (positions.isEmpty()) {
        continue;
      }
      String field = PassageFields.text(kind);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      words.forEach(word -> query.add(new TermQuery(new Term(field, word)), BooleanClause.Occur.SHOULD));
      int[] ofKind = positions.stream().mapToInt(i -> docIds[i]).toArray();
      Object[] sentences = highlighter.sentences(field, query.build(), ofKind);
      for (int j = 0; j < ofKind.length; j++) {
        found[positions.get(j)] = sentences[j];
      }
    }
    List<List<String>> best = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      @SuppressWarnings("unchecked")
      List<Sentence> sentences = found[i] instanceof List<?> ? (List<Sentence>) found[i] : List.of();
      best.add(ranked(sentences, cues));
    }
    return best;
  }

  /**
   * The texts of {@code sentences} (best scored first), re-ranked by {@code cues}, the first
   * {@link #SENTENCES_PER_HIT}; ties keep the highlighter's order.
   */
  static List<String> ranked(List<Sentence> sentences, Cues cues) {
    return sentences.stream()
        .sorted(Comparator.comparingDouble((Sentence s) -> -s.score() * cues.factor(s.text(), s.leadIns())))
        .limit(SENTENCES_PER_HIT)
        .map(Sentence::text)
        .toList();
  }

  /**
   * A sentence the highlighter scored, with the lines introducing it when it is an item of a list
   * ({@link ListItems#leadIns}), joined by spaces ("" when none).
   */
  record Sentence(String text, double score, String leadIns) {}

  /**
   * The highlighter of {@code searcher}'s index version: made once per version, as it reads the
   * index's field descriptions the first time it highlights.
   */
  private SentenceHighlighter highlighter(IndexSearcher searcher) {
    SentenceHighlighter known = latest.get();
    if (known != null && known.getIndexSearcher() == searcher) {
      return known;
    }
    SentenceHighlighter fresh = new SentenceHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withBreakIterator(SentenceBreakIterator::new)
        .withFormatter(new SentencesFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1));
    latest.set(fresh);
    return fresh;
  }

  /** Lucene's highlighter, giving the formatter's objects (lists of sentences) rather than strings. */
  private static final class SentenceHighlighter extends UnifiedHighlighter {
    /** One scorer per text field, made on first use (thread-safe, as the highlighter is shared). */
    private final Map<String, SentenceScorer> scorers = new ConcurrentHashMap<>();

    SentenceHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected PassageScorer getScorer(String field) {
      return scorers.computeIfAbsent(field, f -> new SentenceScorer(searcher.getIndexReader(), f));
    }

    /** The best sentences of {@code field} in each of {@code docIds}, null where none. */
    Object[] sentences(String field, Query query, int[] docIds) throws IOException {
      Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {CANDIDATES_PER_HIT})
          .get(field);
      return found == null ? new Object[docIds.length] : found;
    }
  }

  /**
   * Returns the chosen sentences as they are, without markup, with their scores and the lines
   * introducing them, the best scored first (ties in text order): an answer's opening line quotes
   * the sentence that answers, not the one that comes first.
   */
  private static final class SentencesFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Sentence> sentences = new ArrayList<>(passages.length);
      Arrays.stream(passages)
          .sorted(Comparator.comparingDouble((Passage p) -> -p.getScore()).thenComparingInt(Passage::getStartOffset))
          .forEach(p -> {
            String text = content.substring(p.getStartOffset(), p.getEndOffset());
            int start = p.getStartOffset() + (text.length() - text.stripLeading().length());
            if (!text.isBlank()) {
              StringBuilder leadIns = new StringBuilder();
              ListItems.leadIns(content, start).forEach(l ->
                  leadIns.append(leadIns.isEmpty() ? "" : " ").append(content, l[0], l[1]));
              sentences.add(new Sentence(text.strip(), p.getScore(), leadIns.toString()));
            }
          });
      return sentences;
    }
  }
}
