package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.sources.CorpusSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The on-disk index over a copy of default documents: built once, rebuilt when they change. */
class PassageIndexTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final String TRACT = "cgt-numerique-services-publics";
  private static final String LONG_REPORT = "cnr-transitions-numeriques-travail-2023";
  /** A word no document of the corpus has: its passage can only come from the edited file. */
  private static final String MARKER = "Zx4217";

  @TempDir
  Path tmp;
  private Path corpus;
  private Path indexDir;

  @BeforeEach
  void copyCorpus() throws IOException {
    // The four shorter documents and their manifest entries: the long CNR report and the Code du
    // travail add seconds of ingestion and nothing to these tests.
    corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus.resolve("documents"));
    ObjectMapper json = new ObjectMapper();
    ObjectNode manifest = (ObjectNode) json.readTree(CORPUS.resolve("manifest.json").toFile());
    ArrayNode kept = json.createArrayNode();
    for (JsonNode document : manifest.get("documents")) {
      if (!document.get("slug").asText().equals(LONG_REPORT)) {
        kept.add(document);
        Path file = Path.of(document.get("file").asText());
        Files.copy(CORPUS.resolve(file), corpus.resolve(file));
      }
    }
    manifest.set("documents", kept);
    json.writeValue(corpus.resolve("manifest.json").toFile(), manifest);
    indexDir = tmp.resolve("index");
  }

  private Path tract() {
    return corpus.resolve("documents").resolve(TRACT + ".txt");
  }

  private void appendParagraph() throws IOException {
    Files.writeString(tract(), Files.readString(tract()) + "\n" + MARKER
        + " des services publics : un paragraphe ajouté pour vérifier que l'index suit le corpus.\n",
        StandardCharsets.UTF_8);
  }

  private long generation() throws IOException {
    try (var dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getGeneration();
    }
  }

  private static int count(PassageIndex index, String word) throws IOException {
    IndexSearcher searcher = index.searchers().acquire();
    try {
      return searcher.count(new TermQuery(new Term(PassageFields.TEXT, word)));
    } finally {
      index.searchers().release(searcher);
    }
  }

  @Test
  void reopeningAnUnchangedCorpusDoesNotRebuild() throws IOException {
    CorpusSource source = new CorpusSource(corpus);
    String fingerprint;
    try (PassageIndex index = PassageIndex.open(indexDir, source)) {
      fingerprint = index.builtFrom();
      assertEquals(source.fingerprint() + "/" + PassageFields.LAYOUT, fingerprint);
    }
    long built = generation();
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      assertEquals(fingerprint, index.builtFrom());
    }
    assertEquals(built, generation(), "no new commit: the index was not rebuilt");
  }

  @Test
  void changedDocumentRebuildsOnOpen() throws IOException {
    List<Passage> before;
    String fingerprint;
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      fingerprint = index.builtFrom();
      before = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT).all();
      assertEquals(0, count(index, "zx4217"));
    }
    long built = generation();
    appendParagraph();
    CorpusSource changed = new CorpusSource(corpus);
    assertNotEquals(fingerprint, changed.fingerprint());
    try (PassageIndex index = PassageIndex.open(indexDir, changed)) {
      assertEquals(changed.fingerprint() + "/" + PassageFields.LAYOUT, index.builtFrom());
      assertTrue(generation() > built, "a new commit");
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      List<Passage> after = searcher.all();
      assertNotEquals(before, after);
      SearchResult found = searcher.search(MARKER, 10);
      assertEquals(TRACT, found.hits().get(0).passage().doc());
      // The other documents' passages are the same passages, with the same ids.
      assertEquals(before.stream().filter(p -> !p.doc().equals(TRACT)).map(Passage::id).sorted().toList(),
          after.stream().filter(p -> !p.doc().equals(TRACT)).map(Passage::id).sorted().toList());
    }
  }

  @Test
  void startsWhileAnotherProcessBuildsServeTheLastCommit() throws Exception {
    int committed;
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      committed = index.searchers().acquire().getIndexReader().numDocs();
    }
    appendParagraph(); // the corpus changed: every start wants to rebuild
    Process builder = HoldWriteLock.start(indexDir);
    try (AutoCloseable reaper = builder::destroyForcibly) { // never leave the child behind
      ExecutorService starts = Executors.newFixedThreadPool(3);
      try {
        List<Future<Integer>> served = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          served.add(starts.submit(() -> {
            try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
              return index.searchers().acquire().getIndexReader().numDocs();
            }
          }));
        }
        for (Future<Integer> start : served) {
          assertEquals(committed, start.get(60, TimeUnit.SECONDS), "each start serves the committed index");
        }
      } finally {
        starts.shutdownNow();
      }
      builder.destroyForcibly();
      assertTrue(builder.waitFor(30, TimeUnit.SECONDS));
    }
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      assertEquals(1, count(index, "zx4217"), "once the lock is free, the next start rebuilds");
    }
  }

  @Test
  void aFirstStartWaitsForAnotherProcessToCommitThenGivesUp() throws Exception {
    Process builder = HoldWriteLock.start(indexDir);
    try (AutoCloseable reaper = builder::destroyForcibly) {
      IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
          () -> PassageIndex.open(indexDir, new CorpusSource(corpus), Duration.ofMillis(500)));
      assertTrue(e.getMessage().endsWith("another process has been building this index for over 0 s and has "
          + "committed nothing yet"), e.getMessage());
    }
  }

  @Test
  void searcherInUseKeepsItsViewDuringARebuild() throws IOException {
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      IndexSearcher inUse = index.searchers().acquire();
      try {
        int docs = inUse.getIndexReader().numDocs();
        appendParagraph();
        int rebuilt = index.rebuild();
        // The searcher acquired before the rebuild still reads the old commit…
        assertEquals(docs, inUse.getIndexReader().numDocs());
        assertEquals(0, inUse.count(new TermQuery(new Term(PassageFields.TEXT, "zx4217"))));
        // …while searches started after it see the new one.
        assertEquals(1, count(index, "zx4217"));
        IndexSearcher fresh = index.searchers().acquire();
        try {
          assertEquals(rebuilt, fresh.getIndexReader().numDocs());
        } finally {
          index.searchers().release(fresh);
        }
      } finally {
        index.searchers().release(inUse);
      }
      assertFalse(new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT)
          .search(MARKER, 10).hits().isEmpty());
    }
  }

  /** Ways an index folder gets damaged on disk: a disk full mid-copy, a bad restore, a bit flipped. */
  enum Damage {
    /** The compound file cut short. */
    TRUNCATED_SEGMENT,
    /** The commit point cut to a few bytes. */
    TRUNCATED_COMMIT,
    /** Bytes changed in the middle of the compound file: only its checksum tells. */
    FLIPPED_BYTES,
    /** A file of the commit gone. */
    MISSING_FILE;

    void apply(Path index) throws IOException {
      List<Path> files;
      try (var listing = Files.list(index)) {
        files = listing.toList();
      }
      Path compound = files.stream().filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
      Path commit = files.stream().filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst()
          .orElseThrow();
      switch (this) {
        case TRUNCATED_SEGMENT -> {
          try (var channel = FileChannel.open(compound, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
          }
        }
        case TRUNCATED_COMMIT -> {
          try (var channel = FileChannel.open(commit, StandardOpenOption.WRITE)) {
            channel.truncate(20);
          }
        }
        case FLIPPED_BYTES -> {
          byte[] bytes = Files.readAllBytes(compound);
          for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= 0x5a;
          }
          Files.write(compound, bytes);
        }
        case MISSING_FILE -> Files.delete(files.stream().filter(f -> f.toString().endsWith(".si")).findFirst()
            .orElseThrow());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedIndexIsBuiltAgainFromTheCorpusOnOpen(Damage damage) throws IOException {
    CorpusSource source = new CorpusSource(corpus);
    int passages;
    int withWord;
    try (PassageIndex index = PassageIndex.open(indexDir, source)) {
      passages = index.searchers().acquire().getIndexReader().numDocs();
      withWord = count(index, "numer");
    }
    assertTrue(withWord > 0);
    damage.apply(indexDir);
    try (PassageIndex index = PassageIndex.open(indexDir, new CorpusSource(corpus))) {
      assertEquals(source.fingerprint() + "/" + PassageFields.LAYOUT, index.builtFrom());
      assertEquals(passages, index.searchers().acquire().getIndexReader().numDocs());
      assertEquals(withWord, count(index, "numer"));
    }
    try (var dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (var leaf : reader.leaves()) {
        leaf.reader().checkIntegrity(); // the rebuilt index is whole, not the damaged one patched
      }
    }
  }
}
