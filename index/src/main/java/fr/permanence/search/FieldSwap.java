package fr.permanence.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query on another field. A question is analysed once (synonym graphs are the costly
 * part of a search) and its query copied to every field searched, rather than analysed again
 * for each: the fields share one analyzer, so the copies are what analysis would give.
 */
final class FieldSwap {
  private FieldSwap() {}

  /** {@code query} with every term moved to {@code field}; the query types QueryBuilder makes. */
  static Query to(String field, Query query) {
    if (query instanceof TermQuery t) {
      return new TermQuery(new Term(field, t.getTerm().bytes()));
    }
    if (query instanceof BoostQuery b) {
      return new BoostQuery(to(field, b.getQuery()), b.getBoost());
    }
    if (query instanceof BooleanQuery b) {
      BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        copy.add(to(field, c.query()), c.occur());
      }
      return copy.build();
    }
    if (query instanceof DisjunctionMaxQuery d) {
      List<Query> copies = new ArrayList<>();
      d.getDisjuncts().forEach(q -> copies.add(to(field, q)));
      return new DisjunctionMaxQuery(copies, d.getTieBreakerMultiplier());
    }
    if (query instanceof SynonymQuery s) {
      SynonymQuery.Builder copy = new SynonymQuery.Builder(field);
      // QueryBuilder gives every synonym the same weight; none is carried here.
      for (Term t : s.getTerms()) {
        copy.addTerm(new Term(field, t.bytes()));
      }
      return copy.build();
    }
    if (query instanceof PhraseRarity.RarePhrase r) {
      return r.with((PhraseQuery) to(field, r.phrase()));
    }
    if (query instanceof PhraseQuery p) {
      PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(p.getSlop());
      Term[] terms = p.getTerms();
      int[] positions = p.getPositions();
      for (int i = 0; i < terms.length; i++) {
        copy.add(new Term(field, terms[i].bytes()), positions[i]);
      }
      return copy.build();
    }
    if (query instanceof MultiPhraseQuery m) {
      MultiPhraseQuery.Builder copy = new MultiPhraseQuery.Builder().setSlop(m.getSlop());
      Term[][] terms = m.getTermArrays();
      int[] positions = m.getPositions();
      for (int i = 0; i < terms.length; i++) {
        Term[] moved = new Term[terms[i].length];
        for (int j = 0; j < moved.length; j++) {
          moved[j] = new Term(field, terms[i][j].bytes());
        }
        copy.add(moved, positions[i]);
      }
      return copy.build();
    }
    throw new IllegalArgumentException("cannot move a " + query.getClass().getSimpleName() + " to field " + field);
  }
}
