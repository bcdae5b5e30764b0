package fr.permanence.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Child process of {@link PassageIndexTest}: holds an index's write lock, as a process in the
 * middle of a long build does, until it is killed.
 */
public final class HoldWriteLock {
  private HoldWriteLock() {}

  /** Starts the child on {@code indexDir} and returns once it holds the lock; the caller kills it. */
  static Process start(Path indexDir) throws IOException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HoldWriteLock.class.getName(), indexDir.toString())
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    do {
      line = out.readLine(); // skipping the JVM's own warnings
    } while (line != null && !line.equals("locked"));
    if (line == null) {
      child.destroyForcibly();
      throw new IOException("the lock holder ended before taking the lock");
    }
    return child;
  }

  public static void main(String[] args) throws Exception {
    try (FSDirectory dir = FSDirectory.open(Path.of(args[0]));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
