package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A fact sheet's section that answers brings the law it explains. Members rarely name articles
 * and seldom use the code's words ("viré" for "licenciement pour motif personnel"); the
 * Ministry's sheets explain the law in words closer to theirs and cite the articles they
 * explain. Each article cited by sections among the candidates gains {@code share} of the best
 * citing section's score, added to its own: the article explaining the matching sections comes
 * up even when its own words are far from the question's, and among the articles a section
 * cites, the one whose words match best comes first. An article no candidate section cites keeps
 * its score.
 *
 * <p>A section often cites a whole range ("articles L. 1221-19 à L. 1221-26"), while the passage
 * that matches states one of them by number ("Au terme de l'article L. 1221-19…"): the articles
 * a passage names lend its whole score, the others its section cites only {@code unnamed} of it,
 * so that a sibling of the range whose own words happen to match better (a short article repeating
 * the topic's words) no longer comes first.
 *
 * <p>Of an article cut into parts, the part that matches best gains (its other parts would repeat
 * it in the first places).
 *
 * <p>Thread-safety: stateless.
 */
final class CitedArticles {
  /**
   * Parts read per cited article: enough for the best part of every article whose words match,
   * and a first part of the others (few articles are cut into more than three parts).
   */
  private static final int PARTS_PER_ARTICLE = 3;

  private CitedArticles() {}

  /**
   * {@code candidates} with the articles their fact-sheet sections cite scored up (and added when
   * the question's words missed them), best first.
   *
   * @param query the question's query, prepared for this searcher, scoring the cited articles' own words
   * @param prior the article prior, weighing those scores as it weighed the candidates'
   * @param share the part of a citing section's score an article gains (0: none)
   * @param unnamed the factor of that gain when the citing passage does not name the article in its
   *     own words, only its section cites it (1: as much as a passage naming it)
   */
  static TopDocs propagate(IndexSearcher searcher, PreparedQuery query, ArticlePrior prior, TopDocs candidates,
      double share, double unnamed) throws IOException {
    if (share <= 0) {
      return candidates;
    }
    Map<String, Float> support = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc hit : candidates.scoreDocs) {
      if (!SourceKind.FICHE.label().equals(SourceBalance.value(leaves, hit.doc, PassageFields.KIND))) {
        continue;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      int doc = hit.doc - leaf.docBase;
      Set<String> named = values(leaf, PassageFields.NAMES, doc);
      for (String stated : named) {
        support.merge(stated, hit.score, Math::max);
      }
      for (String cited : values(leaf, PassageFields.CITES, doc)) {
        if (!named.contains(cited)) {
          support.merge(cited, (float) (hit.score * unnamed), Math::max);
        }
      }
    }
    if (support.isEmpty()) {
      return candidates;
    }
    Map<String, ScoreDoc> bestPart = new HashMap<>();
    List<Part> parts = parts(leaves, query, prior, support.keySet());
    // Best first, then in index order, the first few per article: as a search would rank them.
    parts.sort(Comparator.comparingDouble((Part p) -> -p.score()).thenComparingInt(Part::doc));
    for (Part part : parts.subList(0, Math.min(parts.size(), PARTS_PER_ARTICLE * support.size()))) {
      bestPart.putIfAbsent(part.number(), new ScoreDoc(part.doc(), part.score()));
    }
    Map<Integer, ScoreDoc> byDoc = new HashMap<>();
    for (ScoreDoc sd : candidates.scoreDocs) {
      byDoc.put(sd.doc, sd);
    }
    bestPart.forEach((number, part) ->
        byDoc.put(part.doc, new ScoreDoc(part.doc, (float) (part.score + share * support.get(number)))));
    List<ScoreDoc> ranked = new ArrayList<>(byDoc.values());
    ranked.sort(Rescored.BEST_FIRST);
    return new TopDocs(candidates.totalHits, ranked.toArray(new ScoreDoc[0]));
  }

  /** The distinct values of the column-stored {@code field} of {@code leaf}'s document {@code doc}. */
  private static Set<String> values(LeafReaderContext leaf, String field, int doc) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
    if (!values.advanceExact(doc)) {
      return Set.of();
    }
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < values.docValueCount(); i++) {
      found.add(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
    return found;
  }

  /** A part of a cited article, and its score for the question (0 when no word of it matches). */
  private record Part(int doc, String number, float score) {}

  /**
   * Every part of the articles {@code numbers}, scored by the question's words: the parts are
   * looked up by article number, then the prepared query's scorer is advanced to each, which
   * reads the postings of a few dozen passages rather than searching the index again.
   */
  private static List<Part> parts(List<LeafReaderContext> leaves, PreparedQuery query, ArticlePrior prior,
      Set<String> numbers) throws IOException {
    List<String> sorted = numbers.stream().sorted().toList();
    List<Part> parts = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      Terms terms = leaf.reader().terms(PassageFields.ARTICLE);
      if (terms == null) {
        continue;
      }
      Map<Integer, String> numberOf = new TreeMap<>(); // this segment's parts, in document order
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      Bits live = leaf.reader().getLiveDocs();
      for (String number : sorted) {
        if (te.seekExact(new BytesRef(number))) {
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (live == null || live.get(d)) {
              numberOf.put(d, number);
            }
          }
        }
      }
      if (numberOf.isEmpty()) {
        continue;
      }
      Scorer scorer = query.scorer(leaf);
      DocIdSetIterator matches = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
      int[] docs = new int[numberOf.size()];
      float[] scores = new float[docs.length];
      int n = 0;
      for (int d : numberOf.keySet()) {
        if (matches.docID() < d) {
          matches.advance(d);
        }
        docs[n] = leaf.docBase + d;
        scores[n++] = matches.docID() == d ? scorer.score() : 0f;
      }
      float[] weighed = prior.scores(leaves, docs, scores);
      for (int i = 0; i < docs.length; i++) {
        parts.add(new Part(docs[i], numberOf.get(docs[i] - leaf.docBase), weighed[i]));
      }
    }
    return parts;
  }
}
