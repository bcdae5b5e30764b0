package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A fact sheet's section that answers brings the law it explains: right after it come the
 * Code du travail article, among those it cites, that best matches the question. Members rarely
 * name articles; the Ministry's sheets do it for them.
 *
 * <p>Thread-safety: stateless.
 */
final class CitedArticles {
  /** Sections among the first results that bring an article: those a member reads. */
  static final int READ = SourceBalance.TOP;
  /** Articles brought per section: the one that matches best says what the law says. */
  static final int PER_SECTION = 1;

  private CitedArticles() {}

  static TopDocs bring(IndexSearcher searcher, Query query, TopDocs ranked, int limit) throws IOException {
    List<ScoreDoc> out = new ArrayList<>(List.of(ranked.scoreDocs));
    for (int i = 0; i < Math.min(READ, out.size()); i++) {
      ScoreDoc hit = out.get(i);
      var stored = searcher.storedFields().document(hit.doc, Set.of(PassageFields.KIND, PassageFields.CITES));
      if (!SourceKind.FICHE.label().equals(stored.get(PassageFields.KIND))) {
        continue;
      }
      String[] cites = stored.getValues(PassageFields.CITES);
      if (cites.length == 0) {
        continue;
      }
      List<BytesRef> numbers = new ArrayList<>();
      for (String c : cites) {
        numbers.add(new BytesRef(c));
      }
      Query among = new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST)
          .add(new TermInSetQuery(PassageFields.ARTICLE, numbers), BooleanClause.Occur.FILTER)
          .build();
      int brought = 0;
      for (ScoreDoc article : searcher.search(among, PER_SECTION + READ).scoreDocs) {
        if (brought == PER_SECTION) {
          break;
        }
        int at = indexOf(out, article.doc);
        if (at >= 0 && at <= i) {
          brought++; // already above the section
          continue;
        }
        if (at > i) {
          out.remove(at);
        }
        out.add(i + 1, article);
        brought++;
        i++; // the brought article is not a section: move past it
      }
    }
    return new TopDocs(ranked.totalHits, out.subList(0, Math.min(limit, out.size())).toArray(new ScoreDoc[0]));
  }

  private static int indexOf(List<ScoreDoc> docs, int doc) {
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).doc == doc) {
        return i;
      }
    }
    return -1;
  }
}
