package fr.permanence.corpus;

import java.util.List;
import java.util.Map;

/** Everything the index is built from: its passages and a digest that changes when they may. */
public interface PassageSource {
  /** A digest of every input of {@link #passages()}; the index is rebuilt when it changes. */
  String fingerprint();

  /** All passages, read and cut anew. */
  List<Passage> passages();

  /**
   * Who wrote or published each source that says so, by document slug ("CGT", "Camille Vernet
   * pour l'UGICT-CGT"): a member may name a source by its author as well as by its title. Part
   * of what {@link #fingerprint()} digests. None by default.
   */
  default Map<String, String> authors() {
    return Map.of();
  }

  /**
   * What kind of text each source is that says so, by document slug, in the manifest's words
   * ("rapport", "livret", "article", "tract"): a member may name a source by what it is ("le
   * rapport", "l'article") as well as by its title. Part of what {@link #fingerprint()} digests.
   * None by default.
   */
  default Map<String, String> genres() {
    return Map.of();
  }
}
