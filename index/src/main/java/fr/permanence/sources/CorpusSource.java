package fr.permanence.sources;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.corpus.Corpus;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import fr.permanence.corpus.SourceDocument;
import fr.permanence.corpus.SourceFile;
import fr.permanence.ingest.DocumentIngester;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The passages of every document of a corpus folder, repaired and cut, and its Code du travail
 * imported sources (Code du travail, fact sheets, agreements). The folder's manifest is read anew each time, so moderators' changes are seen by
 * the next rebuild.
 *
 * <p>Thread-safe: it keeps no state between calls (the folder path and a stateless ingester).
 */
public final class CorpusSource implements PassageSource {
  private final Path dir;
  private final DocumentIngester ingester = new DocumentIngester();

  public CorpusSource(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  @Override
  public String fingerprint() {
    return Corpus.open(dir).fingerprint(DocumentIngester.VERSION + "/" + FrenchLegalAnalyzer.VERSION);
  }

  @Override
  public List<Passage> passages() {
    Corpus corpus = Corpus.open(dir);
    List<Passage> passages = new ArrayList<>();
    for (SourceDocument document : corpus.documents()) {
      passages.addAll(ingester.passages(document));
    }
    corpus.importedSources().forEach(file -> passages.addAll(SourceFile.read(file)));
    return passages;
  }

  /** The authors the manifest gives the union's documents (moderators may edit them). */
  @Override
  public Map<String, String> authors() {
    return byDocument(SourceDocument::author);
  }

  /** The kinds of text the manifest gives the union's documents ("rapport", "livret"…). */
  @Override
  public Map<String, String> genres() {
    return byDocument(SourceDocument::kind);
  }

  /** {@code field} of each document of the manifest that gives it, by slug. */
  private Map<String, String> byDocument(Function<SourceDocument, String> field) {
    Map<String, String> values = new LinkedHashMap<>();
    for (SourceDocument document : Corpus.open(dir).documents()) {
      String value = field.apply(document);
      if (!value.isBlank()) {
        values.put(document.slug(), value);
      }
    }
    return values;
  }
}
