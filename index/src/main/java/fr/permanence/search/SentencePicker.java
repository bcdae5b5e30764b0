package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
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
  /** Sentences picked per hit: enough to answer, short enough for a chat message. */
  private static final int SENTENCES_PER_HIT = 2;

  private final Analyzer indexAnalyzer;
  /** The highlighter of the latest index version searched (Lucene's highlighter is thread-safe). */
  private final AtomicReference<SentenceHighlighter> latest = new AtomicReference<>();

  SentencePicker(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * The best sentences of the first hits, verbatim, the best first: those with most of
   * {@code words} ({@link QuestionQuery#highlight}).
   */
  List<List<String>> pick(IndexSearcher searcher, List<String> words, TopDocs top) throws IOException {
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
      List<String> sentences = found[i] instanceof List<?> ? (List<String>) found[i] : List.of();
      best.add(sentences);
    }
    return best;
  }

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
      Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {SENTENCES_PER_HIT})
          .get(field);
      return found == null ? new Object[docIds.length] : found;
    }
  }

  /**
   * Returns the chosen sentences as they are, without markup, the best scored first (ties in text
   * order): an answer's opening line quotes the sentence that answers, not the one that comes first.
   */
  private static final class SentencesFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      return Arrays.stream(passages)
          .sorted(Comparator.comparingDouble((Passage p) -> -p.getScore())
              .thenComparingInt(Passage::getStartOffset))
          .map(p -> content.substring(p.getStartOffset(), p.getEndOffset()).strip())
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }
}
