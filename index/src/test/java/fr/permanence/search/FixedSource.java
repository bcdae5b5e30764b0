package fr.permanence.search;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.util.List;
import java.util.Map;

/**
 * A source of fixed passages, for tests.
 *
 * @param fingerprint names this version of the passages (tests build each index in a folder of its own)
 * @param passages the passages, as given
 * @param authors who wrote each document, by slug
 * @param genres what kind of text each document is ("rapport", "livret"), by slug
 */
record FixedSource(String fingerprint, List<Passage> passages, Map<String, String> authors,
    Map<String, String> genres) implements PassageSource {
  FixedSource(String fingerprint, List<Passage> passages) {
    this(fingerprint, passages, Map.of());
  }

  FixedSource(String fingerprint, List<Passage> passages, Map<String, String> authors) {
    this(fingerprint, passages, authors, Map.of());
  }
}
