package fr.permanence.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A multi-word concept of a question weighs by how rare the concept is, not by how rare its words
 * are one by one. Lucene weighs a phrase by the sum of its words' idf, as if they occurred
 * independently; the words of an institution's name occur together, and a name found in a
 * thousand articles ("comité social et économique", the expansion of "CSE") then weighs three
 * common words' worth, more than a rare single word of the question. A rare phrase of common words
 * ("contrôle de l'activité", in five articles, each word in thousands) weighs too little the other
 * way. Here a phrase's idf is read from the number of passages it matches in the field searched,
 * as BM25 reads a word's: {@code (1 - weight) × Σ idf(word) + weight × idf(phrase)}, applied as a
 * boost of the phrase's score ({@link RankingParameters#phraseRarity()}).
 *
 * <p>The passages a phrase matches are counted once per phrase, field and index version, then
 * remembered (at most {@value #MAX_REMEMBERED} phrases; the memory is emptied when full).
 * Thread-safe: the memory is a concurrent map, the weight immutable.
 */
final class PhraseRarity {
  /** Phrases remembered: the lexicon's multi-word entries times the fields searched, with room. */
  static final int MAX_REMEMBERED = 50_000;

  private final double weight;
  private final Map<Key, Long> counts = new ConcurrentHashMap<>();

  /** @param weight 0 weighs a phrase by its words (Lucene), 1 by its own rarity */
  PhraseRarity(double weight) {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("phrase rarity weight must be between 0 and 1, got " + weight);
    }
    this.weight = weight;
  }

  /** {@code phrase} weighed by its rarity; itself when the weight is 0. */
  Query wrap(Query phrase) {
    return weight > 0 && phrase instanceof PhraseQuery p && p.getTerms().length > 1 ? new RarePhrase(p, this) : phrase;
  }

  /**
   * The factor of {@code phrase}'s score in {@code searcher}'s index: its idf mixed as above,
   * over the sum of its words' idf; 1 when it matches nothing (it adds nothing then).
   */
  double factor(IndexSearcher searcher, PhraseQuery phrase) throws IOException {
    CollectionStatistics field = searcher.collectionStatistics(phrase.getField());
    if (field == null) {
      return 1;
    }
    IndexReader reader = searcher.getIndexReader();
    double words = 0;
    for (Term term : phrase.getTerms()) {
      int docFreq = reader.docFreq(term);
      if (docFreq == 0) {
        return 1;
      }
      words += idf(docFreq, field.docCount());
    }
    long matching = matching(searcher, phrase);
    if (matching == 0) {
      return 1;
    }
    return 1 - weight + weight * idf(matching, field.docCount()) / words;
  }

  /** BM25's idf, as Lucene's {@code BM25Similarity} computes it. */
  static double idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  private long matching(IndexSearcher searcher, PhraseQuery phrase) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Key key = new Key(helper == null ? reader : helper.getKey(), phrase);
    Long known = counts.get(key);
    if (known != null) {
      return known;
    }
    long count = searcher.count(phrase);
    if (counts.size() >= MAX_REMEMBERED) {
      counts.clear();
    }
    counts.put(key, count);
    return count;
  }

  /** A phrase in one index version. */
  private record Key(Object reader, PhraseQuery phrase) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.reader == reader && k.phrase.equals(phrase);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(reader) * 31 + phrase.hashCode();
    }
  }

  /** A phrase whose score is scaled by {@link #factor} in the index it is weighed for. Immutable. */
  static final class RarePhrase extends Query {
    private final PhraseQuery phrase;
    private final PhraseRarity rarity;

    RarePhrase(PhraseQuery phrase, PhraseRarity rarity) {
      this.phrase = phrase;
      this.rarity = rarity;
    }

    /** The phrase weighed. */
    PhraseQuery phrase() {
      return phrase;
    }

    /** The same weighing of another phrase (the same words in another field). */
    RarePhrase with(PhraseQuery other) {
      return new RarePhrase(other, rarity);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
      float factor = scoreMode.needsScores() ? (float) rarity.factor(searcher, phrase) : 1f;
      return searcher.createWeight(phrase, scoreMode, boost * factor);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
      Query rewritten = phrase.rewrite(searcher);
      if (rewritten == phrase) {
        return this;
      }
      return rewritten instanceof PhraseQuery p ? new RarePhrase(p, rarity) : rewritten;
    }

    @Override
    public void visit(QueryVisitor visitor) {
      phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "rare(" + phrase.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && ((RarePhrase) other).phrase.equals(phrase) && ((RarePhrase) other).rarity == rarity;
    }

    @Override
    public int hashCode() {
      return classHash() * 31 + phrase.hashCode();
    }
  }
}
