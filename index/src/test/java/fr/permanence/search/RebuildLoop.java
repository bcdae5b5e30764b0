package fr.permanence.search;

import fr.permanence.sources.CorpusSource;
import java.nio.file.Path;

/**
 * Child process of {@link RebuildCrashTest}: rebuilds an index over and over, saying when each
 * rebuild starts, until it is killed.
 */
public final class RebuildLoop {
  private RebuildLoop() {}

  public static void main(String[] args) throws Exception {
    try (PassageIndex index = PassageIndex.open(Path.of(args[0]), new CorpusSource(Path.of(args[1])))) {
      while (true) {
        System.out.println("rebuilding");
        System.out.flush();
        index.rebuild();
      }
    }
  }
}
