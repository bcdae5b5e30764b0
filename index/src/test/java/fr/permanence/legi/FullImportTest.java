package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Imports the whole code; runs only where PERMANENCE_LEGI_DATA names the package's .tgz. */
@EnabledIfEnvironmentVariable(named = "PERMANENCE_LEGI_DATA", matches = ".+")
class FullImportTest {
  @Test
  void importsTheWholeCodeInForce(@TempDir Path dir) throws IOException {
    Path source = Path.of(System.getenv("PERMANENCE_LEGI_DATA"));
    Path out = dir.resolve("code-du-travail.jsonl.gz");
    ImportReport report = new CodeDuTravailImporter().importTo(source, List.of(), out);
    System.out.println(report.summary());
    System.out.println("file: " + Files.size(out) + " bytes");
    assertTrue(report.articles() > 11_000 && report.articles() < 12_000, "about 11,500 articles: " + report.articles());

    // How fast it reads is measured by ./permanence bench --full-code (read at every start).
    List<Passage> passages = SourceFile.read(out);
    assertEquals(report.passages(), passages.size());
    // One article, one base id (parts add "/2"…); numbers alone repeat for annexes ("Annexe I").
    assertEquals(report.articles(),
        passages.stream().map(p -> p.id().replaceFirst("/\\d+$", "")).collect(Collectors.toSet()).size());
    assertEquals(passages.size(), passages.stream().map(Passage::id).collect(Collectors.toSet()).size());
    assertTrue(passages.stream().anyMatch(p -> p.id().equals("cdt#L2312-8")));
  }
}
