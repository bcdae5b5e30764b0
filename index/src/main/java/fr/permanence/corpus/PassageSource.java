package fr.permanence.corpus;

import java.util.List;

/** Everything the index is built from: its passages and a digest that changes when they may. */
public interface PassageSource {
  /** A digest of every input of {@link #passages()}; the index is rebuilt when it changes. */
  String fingerprint();

  /** All passages, read and cut anew. */
  List<Passage> passages();
}
