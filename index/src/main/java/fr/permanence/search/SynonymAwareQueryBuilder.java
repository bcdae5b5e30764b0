package fr.permanence.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's query builder, except that the alternatives of a multi-word synonym ("CSE" or
 * "comité social et économique") compete instead of adding up: a passage matching one of them
 * scores as the best one, so expanding an acronym never outweighs the question's other words.
 * Multi-word alternatives are phrases, so "intelligence artificielle" is not matched by any
 * passage with "intelligence" somewhere and "artificielle" elsewhere.
 */
final class SynonymAwareQueryBuilder extends QueryBuilder {
  /** Share of the other alternatives' scores still counted: a little credit for matching several. */
  private static final float TIE_BREAKER = 0.1f;

  SynonymAwareQueryBuilder(Analyzer analyzer) {
    super(analyzer);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  @Override
  protected Query newGraphSynonymQuery(Iterator<Query> queries) {
    List<Query> alternatives = new ArrayList<>();
    queries.forEachRemaining(alternatives::add);
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }
}
