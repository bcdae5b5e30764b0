package fr.permanence.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A question's query rewritten and weighed once, for the several passes of one search: the
 * ranking search, then the scores of the articles the fact sheets cite ({@link CitedArticles}).
 * Weighing a query of a few hundred clauses (looking up each term's statistics in the index) costs
 * as much as running it; a second {@link IndexSearcher#search} would weigh it again.
 *
 * <p>Valid for the searcher it was prepared with only (a weight holds that index version's term
 * statistics). Immutable; used by one search at a time, like the searcher's own weights.
 */
final class PreparedQuery extends Query {
  private final Query query;
  private final Weight weight;

  private PreparedQuery(Query query, Weight weight) {
    this.query = query;
    this.weight = weight;
  }

  /** {@code query} rewritten and weighed by {@code searcher} for a top-scores search. */
  static PreparedQuery prepare(IndexSearcher searcher, Query query) throws IOException {
    Query rewritten = searcher.rewrite(query);
    return new PreparedQuery(rewritten, searcher.createWeight(rewritten, ScoreMode.TOP_SCORES, 1f));
  }

  /**
   * The scorer of the prepared query on {@code leaf}, or null when nothing there matches: reads
   * the scores of chosen passages by advancing to them (nobody raises its minimum competitive
   * score, so no matching passage is skipped).
   */
  Scorer scorer(LeafReaderContext leaf) throws IOException {
    return weight.scorer(leaf);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (scoreMode == ScoreMode.TOP_SCORES && boost == 1f) {
      return weight;
    }
    // Another use (an explanation, a count) weighs the query as Lucene would have.
    return searcher.createWeight(query, scoreMode, boost);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this; // rewritten when prepared
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return this == other; // its weight belongs to one search
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
