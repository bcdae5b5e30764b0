package fr.permanence.search;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.util.List;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How much each source weighs for one question. A question naming no source gets each kind's
 * weight ({@link RankingParameters#weight}). A question naming a kind of source ("la convention
 * collective", "le code du travail", "le rapport", see {@link SourceNames}) asks what that text
 * says: the named kinds weigh as much as the union's documents, the others
 * {@link RankingParameters#unnamedKindFactor()} of their weight. A question naming a source by
 * a name in its title ("Syntec", "le CNR", "Numeum") gets that source's passages
 * {@link RankingParameters#namedSourceBoost()} times their score.
 *
 * <p>Immutable.
 */
final class KindWeights {
  private final SourceNames.Naming naming;
  private final RankingParameters parameters;

  private KindWeights(SourceNames.Naming naming, RankingParameters parameters) {
    this.naming = naming;
    this.parameters = parameters;
  }

  /** The weights for a question naming what {@code naming} says. */
  static KindWeights of(SourceNames.Naming naming, RankingParameters parameters) {
    return new KindWeights(naming, parameters);
  }

  /** The weight of {@code kind}'s matches for this question. */
  float of(SourceKind kind) {
    float own = parameters.weight(kind);
    if (!naming.namesAny()) {
      return own;
    }
    return naming.kinds().contains(kind)
        ? Math.max(own, parameters.weight(SourceKind.DOCUMENT))
        : own * parameters.unnamedKindFactor();
  }

  /** The factor of {@code passage}'s score for this question: its kind's weight, times the boost of a named source. */
  float of(Passage passage) {
    return of(passage.kind()) * (naming.sources().contains(passage.doc()) ? parameters.namedSourceBoost() : 1f);
  }

  /** {@code query} with the named sources' passages boosted. */
  Query boostNamed(Query query) {
    if (naming.sources().isEmpty() || parameters.namedSourceBoost() == 1f) {
      return query;
    }
    List<BytesRef> sources = naming.sources().stream().map(BytesRef::new).toList();
    return FunctionScoreQuery.boostByQuery(query, new TermInSetQuery(PassageFields.DOC, sources),
        parameters.namedSourceBoost());
  }
}
