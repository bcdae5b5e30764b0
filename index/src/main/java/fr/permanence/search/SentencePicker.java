package fr.permanence.search;

import fr.permanence.text.SentenceBreakIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the sentences of the best hits that answer the question, verbatim, with Lucene's
 * unified highlighter over the offsets stored in the postings.
 */
final class SentencePicker {
  /** Hits whose best sentences are picked: an answer quotes at most three. */
  static final int HIGHLIGHTED_HITS = 3;
  /** Sentences picked per hit: enough to answer, short enough for a chat message. */
  private static final int SENTENCES_PER_HIT = 2;

  private final Analyzer indexAnalyzer;

  SentencePicker(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** The best sentences of the first hits for the query, verbatim, in text order. */
  List<List<String>> pick(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    int count = Math.min(HIGHLIGHTED_HITS, top.scoreDocs.length);
    if (count == 0) {
      return List.of();
    }
    int[] docIds = new int[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    SentenceHighlighter highlighter = new SentenceHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withBreakIterator(SentenceBreakIterator::new)
        .withFormatter(new SentencesFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1));
    Object[] found = highlighter.sentences(query, docIds);
    List<List<String>> best = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      @SuppressWarnings("unchecked")
      List<String> sentences = found != null && found[i] instanceof List<?> ? (List<String>) found[i] : List.of();
      best.add(sentences);
    }
    return best;
  }

  /** Lucene's highlighter, giving the formatter's objects (lists of sentences) rather than strings. */
  private static final class SentenceHighlighter extends UnifiedHighlighter {
    SentenceHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Object[] sentences(Query query, int[] docIds) throws IOException {
      int[] perField = new int[PassageFields.TEXTS.length];
      java.util.Arrays.fill(perField, SENTENCES_PER_HIT);
      var found = highlightFieldsAsObjects(PassageFields.TEXTS, query, docIds, perField);
      Object[] merged = new Object[docIds.length];
      for (String field : PassageFields.TEXTS) { // a passage has one text field, that of its kind
        Object[] sentences = found.get(field);
        for (int i = 0; sentences != null && i < docIds.length; i++) {
          if (merged[i] == null) {
            merged[i] = sentences[i];
          }
        }
      }
      return merged;
    }
  }

  /** Returns the chosen sentences as they are, in text order, without markup. */
  private static final class SentencesFormatter extends PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      return Arrays.stream(passages)
          .sorted(Comparator.comparingInt(org.apache.lucene.search.uhighlight.Passage::getStartOffset))
          .map(p -> content.substring(p.getStartOffset(), p.getEndOffset()).strip())
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }
}
