package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
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
   * @param query the question's query, scoring the cited articles' own words
   * @param share the part of a citing section's score an article gains (0: none)
   */
  static TopDocs propagate(IndexSearcher searcher, Query query, TopDocs candidates, double share) throws IOException {
    if (share <= 0) {
      return candidates;
    }
    Map<String, Float> support = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc hit : candidates.scoreDocs) {
      if (!SourceKind.FICHE.label().equals(SourceBalance.value(leaves, hit.doc, PassageFields.KIND))) {
        continue;
      }
      for (String cited : searcher.storedFields().document(hit.doc, Set.of(PassageFields.CITES))
          .getValues(PassageFields.CITES)) {
        support.merge(cited, hit.score, Math::max);
      }
    }
    if (support.isEmpty()) {
      return candidates;
    }
    List<BytesRef> numbers = support.keySet().stream().map(BytesRef::new).toList();
    // Every part of a cited article, scored by the question's words when they match, 0 otherwise.
    Query cited = new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.SHOULD)
        .add(new TermInSetQuery(PassageFields.ARTICLE, numbers), BooleanClause.Occur.FILTER)
        .build();
    Map<String, ScoreDoc> bestPart = new HashMap<>();
    for (ScoreDoc part : searcher.search(cited, PARTS_PER_ARTICLE * numbers.size()).scoreDocs) {
      String number = SourceBalance.value(leaves, part.doc, PassageFields.ARTICLE);
      bestPart.putIfAbsent(number, part); // parts come best first
    }
    Map<Integer, ScoreDoc> byDoc = new HashMap<>();
    for (ScoreDoc sd : candidates.scoreDocs) {
      byDoc.put(sd.doc, sd);
    }
    bestPart.forEach((number, part) ->
        byDoc.put(part.doc, new ScoreDoc(part.doc, (float) (part.score + share * support.get(number)))));
    List<ScoreDoc> ranked = new ArrayList<>(byDoc.values());
    ranked.sort(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    return new TopDocs(candidates.totalHits, ranked.toArray(new ScoreDoc[0]));
  }
}
