package fr.permanence.search;

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
 * first {@value #TOP} places, a source has at most {@value #PER_SOURCE_IN_TOP}; the passages
 * held back follow, in score order.
 */
final class SourceBalance {
  /** The places a member reads: an answer quotes from the first three, evaluation reads five. */
  static final int TOP = 5;
  /** Passages of one source among them: the best few of a document say what it has to say. */
  static final int PER_SOURCE_IN_TOP = 3;

  private SourceBalance() {}

  static TopDocs rerank(IndexSearcher searcher, TopDocs candidates, int limit) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<String, Integer> inTop = new HashMap<>();
    List<ScoreDoc> top = new ArrayList<>();
    List<ScoreDoc> held = new ArrayList<>();
    for (ScoreDoc sd : candidates.scoreDocs) {
      String source = source(leaves, sd.doc);
      if (top.size() < TOP && inTop.getOrDefault(source, 0) < PER_SOURCE_IN_TOP) {
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

  private static String source(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues values = DocValues.getSorted(leaf.reader(), PassageFields.DOC);
    return values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
  }
}
