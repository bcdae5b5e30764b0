package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.analysis.Synonyms;
import fr.permanence.sources.CorpusSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of a rebuild leaves the served index whole and searchable. */
class RebuildCrashTest {
  /** Kills land at different points of the rebuild: early, mid-way, near the commit. */
  private static final long[] KILL_AFTER_MILLIS = {150, 900};

  @TempDir Path tmp;

  @Test
  void killedRebuildLeavesTheCommittedIndexIntact() throws Exception {
    Path corpus = Path.of("..", "corpus").toAbsolutePath().normalize();
    Path indexDir = tmp.resolve("index");
    int passages;
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      passages = index.searchers().acquire().getIndexReader().numDocs();
    }
    assertTrue(passages > 1000, "the default corpus has over a thousand passages: " + passages);

    for (long delay : KILL_AFTER_MILLIS) {
      Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
          RebuildLoop.class.getName(), indexDir.toString(), corpus.toString())
          .redirectErrorStream(true)
          .start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
          AutoCloseable reaper = child::destroyForcibly) { // never leave a rebuilding process behind
        // The index is up to date, so opening it builds nothing: the kill lands inside rebuild().
        String line;
        do {
          line = out.readLine(); // skipping the JVM's own warnings
        } while (line != null && !line.equals("rebuilding"));
        assertEquals("rebuilding", line, "the child process started rebuilding");
        Thread.sleep(delay);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      }

      try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
        assertEquals(passages, index.searchers().acquire().getIndexReader().numDocs(), "killed after " + delay + " ms");
        PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
        SearchResult result = searcher.search("droit à la déconnexion", 5);
        assertFalse(result.hits().isEmpty(), "the index still answers after a kill at " + delay + " ms");
      }
    }
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      assertEquals(passages, index.rebuild(), "the index can be rebuilt: the dead processes' lock is gone");
    }
    assertTrue(Files.isDirectory(indexDir));
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
