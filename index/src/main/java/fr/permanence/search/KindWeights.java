package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The weight of each kind of source for one question: {@link RankingParameters#weight}, except for a
 * kind whose source the question names by a word of its title ("convention", "Syntec", "IDCC",
 * "code"), which then weighs as much as the union's documents: the member asks what that text
 * says. Titles are searched in a field per kind ({@link PassageFields#name}).
 *
 * <p>Immutable.
 */
final class KindWeights {
  private final Map<SourceKind, Float> named;
  private final RankingParameters parameters;

  private KindWeights(Map<SourceKind, Float> named, RankingParameters parameters) {
    this.named = named;
    this.parameters = parameters;
  }

  /** The weights for a question of analysed {@code terms}. */
  static KindWeights of(IndexReader reader, List<String> terms, RankingParameters parameters) throws IOException {
    Map<SourceKind, Float> named = new EnumMap<>(SourceKind.class);
    for (SourceKind kind : SourceKind.values()) {
      if (!kind.askedByName()) {
        continue;
      }
      for (String term : terms) {
        if (reader.docFreq(new Term(PassageFields.name(kind), term)) > 0) {
          named.put(kind, parameters.weight(SourceKind.DOCUMENT));
          break;
        }
      }
    }
    return new KindWeights(named, parameters);
  }

  /** The weight of {@code kind}'s matches for this question. */
  float of(SourceKind kind) {
    return named.getOrDefault(kind, parameters.weight(kind));
  }
}
