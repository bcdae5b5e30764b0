package fr.permanence.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's query builder, except that the alternatives of a multi-word synonym ("CSE" or
 * "comité social et économique") compete instead of adding up: a passage matching one of them
 * scores as the best one, so expanding an acronym never outweighs the question's other words.
 * Multi-word alternatives are phrases, so "intelligence artificielle" is not matched by any
 * passage with "intelligence" somewhere and "artificielle" elsewhere, and weigh by how rare the
 * phrase itself is ({@link PhraseRarity}).
 */
final class SynonymAwareQueryBuilder extends QueryBuilder {
  /** Share of the other alternatives' scores still counted: a little credit for matching several. */
  private static final float TIE_BREAKER = 0.1f;
  /** Stop words an expansion's phrase may have lost: "plan de sauvegarde de l'emploi" lost three. */
  private static final int STOP_WORD_HOLES = 2;

  private final PhraseRarity rarity;

  /** @param rarity how a multi-word alternative weighs: by its words, or by its own rarity */
  SynonymAwareQueryBuilder(Analyzer analyzer, PhraseRarity rarity) {
    super(analyzer);
    this.rarity = rarity;
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * Multi-word expansions are analysed without their stop words ("comité social et économique"
   * is stored as "comit social econom"), while indexed text keeps a hole where each stop word
   * was: a phrase may skip that many positions.
   */
  @Override
  protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
    return super.analyzePhrase(field, stream, Math.max(slop, STOP_WORD_HOLES));
  }

  @Override
  protected Query newGraphSynonymQuery(Iterator<Query> queries) {
    List<Query> alternatives = new ArrayList<>();
    queries.forEachRemaining(q -> alternatives.add(rarity.wrap(q)));
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }
}
