package fr.permanence.search;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.SpellingAnalyzer;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of passages in a folder on disk. It is built on first use and rebuilt when
 * its source's fingerprint changes. A rebuild writes a new commit: searchers keep the view they
 * have until it is committed and they are refreshed, and a crash before the commit leaves the
 * last committed index intact.
 *
 * <p>Thread-safe: its fields are final, {@link #searchers()} may be used from any thread (Lucene's
 * {@link SearcherManager} is), {@link #builtFrom()} opens a reader of its own, and {@link #rebuild()}
 * is synchronized, so this process's rebuilds run one after the other (another process's are kept
 * out by the index's write lock). {@link #close()} once nothing searches any more.
 */
public final class PassageIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(PassageIndex.class);

  /** Commit user-data key holding the fingerprint of the source the index was built from. */
  static final String FINGERPRINT = "fingerprint";
  /**
   * Longest wait at start for another process's first build: the whole Code du travail builds
   * in well under a minute on two cores.
   */
  static final Duration BUILD_WAIT = Duration.ofMinutes(2);
  /**
   * Indexing buffer: the default corpus's 19,000 passages take about 17 MB of it (Lucene's
   * default, 16 MB, flushed them as two segments); 64 MB writes a corpus up to about three times
   * larger as one segment, without merging it afterwards.
   */
  private static final double BUILD_BUFFER_MB = 64;
  /** How often a start waiting for another process's build looks again. */
  private static final Duration LOCK_POLL = Duration.ofMillis(200);

  private final Path dir;
  private final PassageSource source;
  private final Directory directory;
  private final SearcherManager searchers;

  /** Builds the index first when it is missing or out of date (see {@link #open(Path, PassageSource)}). */
  private PassageIndex(Path dir, PassageSource source, Directory directory, Duration wait)
      throws IOException, InterruptedException {
    this.dir = dir;
    this.source = source;
    this.directory = directory;
    long deadline = System.nanoTime() + wait.toNanos();
    String built = intactBuiltFrom();
    while (!expected().equals(built) && tryBuild().isEmpty()) {
      if (DirectoryReader.indexExists(directory)) {
        LOG.info("another process is building the index in {}; serving its last commit meanwhile", dir);
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IndexUnavailableException(dir, "another process has been building this index for over "
            + wait.toSeconds() + " s and has committed nothing yet", null);
      }
      Thread.sleep(LOCK_POLL.toMillis());
      built = builtFrom();
    }
    this.searchers = new SearcherManager(directory, null);
  }

  /**
   * {@link #builtFrom()} once every file of the committed index has passed its checksum; "" when
   * the index is damaged (a file cut short, missing or with changed bytes: a disk full, a bad
   * copy or restore), whose files are then deleted so that it is built again. The index is
   * derived from the corpus, so nothing is lost; serving it damaged would fail every search, or
   * quote passages whose text changed. Reading every file costs a few tens of milliseconds for
   * the default corpus's 17 MB.
   */
  private String intactBuiltFrom() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return "";
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
      return fingerprint(reader);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
        | NoSuchFileException | FileNotFoundException e) {
      LOG.warn("the index in {} is damaged ({}); building it again from the corpus", dir, e.getMessage());
      deleteAll();
      return "";
    }
  }

  /** Deletes the index's files under its write lock, unless another process holds that lock. */
  private void deleteAll() throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String file : directory.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          directory.deleteFile(file);
        }
      }
    } catch (LockObtainFailedException busy) {
      // Another process is writing it: it builds a whole new commit, which is then served.
    }
  }

  /** The fingerprint of the source {@code reader}'s commit was built from, "" when it has none. */
  private static String fingerprint(DirectoryReader reader) throws IOException {
    return reader.getIndexCommit().getUserData().getOrDefault(FINGERPRINT, "");
  }

  /**
   * Opens the index in {@code dir}, building it first when it is missing or out of date. When
   * another process holds the index's write lock (it is building it too), the last committed
   * index is served as it is; without any committed index yet, the other process's commit is
   * waited for, at most {@link #BUILD_WAIT}.
   */
  public static PassageIndex open(Path dir, PassageSource source) {
    return open(dir, source, BUILD_WAIT);
  }

  static PassageIndex open(Path dir, PassageSource source, Duration wait) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(source, "source");
    try {
      return new PassageIndex(dir, source, OwnerOnlyDirectory.open(dir), wait);
    } catch (IOException e) {
      throw new IndexUnavailableException(dir, "cannot open the index", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller is being stopped: keep the flag for it
      throw new IndexUnavailableException(dir, "interrupted while waiting for another process's build", e);
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
      return fingerprint(reader);
    }
  }

  /** Rebuilds from the source, then makes new searches see the new index. Returns the passage count. */
  public synchronized int rebuild() {
    try {
      int count = tryBuild().orElseThrow(() -> new IndexUnavailableException(dir,
          "another process is writing this index; the previous index is still served", null));
      searchers.maybeRefreshBlocking();
      return count;
    } catch (IOException e) {
      throw new IndexUnavailableException(dir, "rebuild failed; the previous index is still served", e);
    }
  }

  /**
   * Builds and commits; the passage count, or empty when another process holds the write lock.
   * The lock is taken first, so a process that loses it reads no document for nothing.
   */
  private Optional<Integer> tryBuild() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(BUILD_BUFFER_MB);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      return Optional.empty(); // the other writer's commit will be served; the caller decides how
    }
    try (IndexWriter w = writer) {
      String fingerprint = expected(); // before the passages: a change meanwhile is seen next time
      List<Passage> passages = source.passages();
      w.deleteAll();
      Map<String, Integer> citingSections = ArticlePrior.citingSections(passages);
      Map<String, String> neighbours = PassageFields.neighbours(passages);
      Map<String, List<String>> quoted = QuotedArticles.of(passages);
      Map<String, String> authors = source.authors();
      Map<String, String> genres = source.genres();
      // Documents are made and analysed on other threads while this one writes them, in order.
      Analyzer analyzer = config.getAnalyzer();
      new DocumentsAhead<Passage, Document>(p -> PreAnalysed.of(PassageFields.toDocument(p, citingSections,
          neighbours, quoted.getOrDefault(p.id(), List.of()), authors.getOrDefault(p.doc(), ""), genres.getOrDefault(p.doc(), "")), analyzer), DocumentsAhead.makersForThisMachine())
          .forEach(passages,
          // updateDocument keyed by id: idempotent even if a source repeats a passage.
          d -> w.updateDocument(new Term(PassageFields.ID, d.get(PassageFields.ID)), d));
      // One segment: a search weighs and scores its few hundred clauses once per segment, and
      // this index is only ever rebuilt whole. A no-op when the buffer held every passage.
      w.forceMerge(1);
      w.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
      w.commit();
      return Optional.of(passages.size());
    }
  }

  /**
   * The analysis of indexed fields: the French legal analysis, except for the spelling
   * vocabulary, which keeps words as written ({@link PassageFields#SPELLING}).
   */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new FrenchLegalAnalyzer(),
        Map.of(PassageFields.SPELLING, new SpellingAnalyzer()));
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
      searchers.close();
    }
  }
}
