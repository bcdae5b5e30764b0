package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Keeps one large source from filling the top of the results: with the whole Code du travail
 * indexed (13,000 passages beside a few hundred from the union), articles sharing the
 * question's common words would otherwise push the union's own passages out of sight. In the
 * first {@value #TOP} places, a source (a document, the code, the fact sheets, an agreement)
 * has at most {@link RankingParameters#cap} places; the passages held back follow, in
 * score order. A passage of another source takes a held-back passage's place only when it
 * scores at least {@link RankingParameters#promotionFloor()} of it: a pure labour-law question
 * gets the law, not unrelated passages forced in for variety.
 */
final class SourceBalance {
  /** The places a member reads: an answer quotes from the first three, evaluation reads five. */
  static final int TOP = 5;

  private SourceBalance() {}

  static TopDocs rerank(IndexSearcher searcher, TopDocs candidates, int limit, RankingParameters parameters) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<String, Integer> inTop = new HashMap<>();
    List<ScoreDoc> top = new ArrayList<>();
    List<ScoreDoc> held = new ArrayList<>();
    for (ScoreDoc sd : candidates.scoreDocs) {
      if (top.size() >= TOP) {
        held.add(sd);
        continue;
      }
      if (!held.isEmpty() && sd.score < parameters.promotionFloor() * held.get(0).score) {
        while (top.size() < TOP && !held.isEmpty()) {
          top.add(held.remove(0));
        }
        (top.size() < TOP ? top : held).add(sd);
        continue;
      }
      String source = value(leaves, sd.doc, PassageFields.DOC);
      int cap = parameters.cap(SourceKind.of(value(leaves, sd.doc, PassageFields.KIND)));
      if (inTop.getOrDefault(source, 0) < cap) {
        inTop.merge(source, 1, Integer::sum);
        top.add(sd);
      } else {
        held.add(sd);
      }
    }
    List<ScoreDoc> ranked = new ArrayList<>(top);
    ranked.addAll(held);
    return new TopDocs(candidates.totalHits, ranked.subList(0, Math.min(limit, ranked.size())).toArray(new ScoreDoc[0]));
  }

  /** The column-stored value of {@code field} for {@code doc}, or "" when it has none. */
  static String value(List<LeafReaderContext> leaves, int doc, String field) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
    return values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
  }
}
