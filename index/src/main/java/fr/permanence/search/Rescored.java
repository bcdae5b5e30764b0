package fr.permanence.search;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Ranked passages given new scores, best first: what the re-scoring steps of a search (the
 * article prior, the quantities asked) share. Ties keep index order, as Lucene's own ranking does.
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
}
