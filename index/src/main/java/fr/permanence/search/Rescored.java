package fr.permanence.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Ranked passages given new scores, best first: what the re-scoring steps of a search (the
 * article prior, the quantities asked, economic dismissal) share. Ties keep index order, as Lucene's own ranking does.
 *
 * <p>Thread-safety: stateless.
 */
final class Rescored {
  /** Best score first, then index order. */
  static final Comparator<ScoreDoc> BEST_FIRST =
      Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc);

  private Rescored() {}

  /**
   * {@code ranked}'s passages with {@code scores} (one per passage, in {@code ranked}'s order),
   * sorted best first, the first {@code keep} of them.
   */
  static TopDocs of(TopDocs ranked, float[] scores, int keep) {
    ScoreDoc[] rescored = new ScoreDoc[ranked.scoreDocs.length];
    for (int i = 0; i < rescored.length; i++) {
      rescored[i] = new ScoreDoc(ranked.scoreDocs[i].doc, scores[i]);
    }
    Arrays.sort(rescored, BEST_FIRST);
    return new TopDocs(ranked.totalHits, Arrays.copyOf(rescored, Math.min(keep, rescored.length)));
  }

  /** A passage's score factor, from its index-wide id. */
  @FunctionalInterface
  interface Factor {
    double of(int doc) throws IOException;
  }

  /** {@code ranked}'s passages, all kept, each score multiplied by its passage's {@code factor}, best first. */
  static TopDocs byFactor(TopDocs ranked, Factor factor) throws IOException {
    float[] scores = new float[ranked.scoreDocs.length];
    for (int i = 0; i < scores.length; i++) {
      ScoreDoc sd = ranked.scoreDocs[i];
      scores[i] = (float) (sd.score * factor.of(sd.doc));
    }
    return of(ranked, scores, scores.length);
  }

  /**
   * The column-stored number {@code field} of the passage {@code doc} (index-wide id), as indexed;
   * {@code missing} when it has none.
   */
  static long column(IndexSearcher searcher, int doc, String field, long missing) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
    return values.advanceExact(doc - leaf.docBase) ? values.longValue() : missing;
  }
}
