package fr.permanence.search;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import fr.permanence.analysis.FrenchLegalAnalyzer;

/**
 * The Lucene index of passages in a folder on disk. It is built on first use and rebuilt when
 * its source's fingerprint changes. A rebuild writes a new commit: searchers keep the view they
 * have until it is committed and they are refreshed, and a crash before the commit leaves the
 * last committed index intact.
 */
public final class PassageIndex implements Closeable {
  /** Commit user-data key holding the fingerprint of the source the index was built from. */
  static final String FINGERPRINT = "fingerprint";

  private final Path dir;
  private final PassageSource source;
  private final Directory directory;
  private SearcherManager searchers;

  private PassageIndex(Path dir, PassageSource source, Directory directory) {
    this.dir = dir;
    this.source = source;
    this.directory = directory;
  }

  /** Opens the index in {@code dir}, building it first when it is missing or out of date. */
  public static PassageIndex open(Path dir, PassageSource source) {
    try {
      Files.createDirectories(dir);
      PassageIndex index = new PassageIndex(dir, source, FSDirectory.open(dir));
      if (!index.expected().equals(index.builtFrom())) {
        index.build();
      }
      index.searchers = new SearcherManager(index.directory, null);
      return index;
    } catch (IOException e) {
      throw new IndexUnavailableException(dir, "cannot open the index", e);
    }
  }

  /** The fingerprint of the source and of the index layout: a change in either needs a rebuild. */
  String expected() {
    return source.fingerprint() + "/" + PassageFields.LAYOUT;
  }

  /** The fingerprint the committed index was built from, or "" when there is none. */
  public String builtFrom() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return "";
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Map<String, String> data = reader.getIndexCommit().getUserData();
      return data.getOrDefault(FINGERPRINT, "");
    }
  }

  /** Rebuilds from the source, then makes new searches see the new index. Returns the passage count. */
  public synchronized int rebuild() {
    try {
      int count = build();
      if (searchers != null) {
        searchers.maybeRefreshBlocking();
      }
      return count;
    } catch (IOException e) {
      throw new IndexUnavailableException(dir, "rebuild failed; the previous index is still served", e);
    }
  }

  private int build() throws IOException {
    String fingerprint = expected();
    List<Passage> passages = source.passages();
    IndexWriterConfig config = new IndexWriterConfig(new FrenchLegalAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      writer.deleteAll();
      for (Passage p : passages) {
        // updateDocument keyed by id: idempotent even if a source repeats a passage.
        writer.updateDocument(new Term(PassageFields.ID, p.id()), PassageFields.toDocument(p));
      }
      writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
      writer.commit();
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(dir, "another process is writing this index", e);
    }
    return passages.size();
  }

  /** The searchers over the last committed index. */
  public SearcherManager searchers() {
    return searchers;
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    try (Directory d = directory) {
      if (searchers != null) {
        searchers.close();
      }
    }
  }
}
