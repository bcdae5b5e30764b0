package fr.permanence.search;

import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The weight of each kind of source for one question: {@link SourceKind#weight()}, except for a
 * kind whose source the question names by a word of its title ("convention", "Syntec", "IDCC",
 * "code"), which then weighs as much as the union's documents: the member asks what that text
 * says. Titles are searched in a field per kind ({@link PassageFields#name}).
 *
 * <p>Immutable.
 */
final class KindWeights {
  /** Every kind at its own weight: a question naming no source. */
  static final KindWeights DEFAULT = new KindWeights(new EnumMap<>(SourceKind.class));

  private final Map<SourceKind, Float> named;

  private KindWeights(Map<SourceKind, Float> named) {
    this.named = named;
  }

  /** The weights for a question of analysed {@code terms}. */
  static KindWeights of(IndexReader reader, List<String> terms) throws IOException {
    Map<SourceKind, Float> named = new EnumMap<>(SourceKind.class);
    for (SourceKind kind : SourceKind.values()) {
      if (!kind.askedByName()) {
        continue;
      }
      for (String term : terms) {
        if (reader.docFreq(new Term(PassageFields.name(kind), term)) > 0) {
          named.put(kind, SourceKind.DOCUMENT.weight());
          break;
        }
      }
    }
    return named.isEmpty() ? DEFAULT : new KindWeights(named);
  }

  /** The weight of {@code kind}'s matches for this question. */
  float of(SourceKind kind) {
    return named.getOrDefault(kind, kind.weight());
  }
}
