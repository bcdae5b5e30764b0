package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceFile;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.UnreadableDocumentException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On four articles of Syntec cut from the package (src/test/resources/kali/README.md). */
class ConventionImporterTest {
  private final ConventionImporter importer = new ConventionImporter(LegiFixture.on("2026-11-30"));

  static Path packageDir() {
    try {
      return Path.of(ConventionImporterTest.class.getResource("/kali/package").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resources have file URLs", e);
    }
  }

  @Test
  void articlesAreCitedWithTheAgreementTheirNumberAndTheirLegifranceAddress() {
    ConventionImporter.Result result = importer.read(packageDir(), "1486", "Syntec");
    List<Passage> passages = result.passages();
    Passage trial = passages.get(0);
    assertEquals("Convention collective Syntec (IDCC 1486)", trial.title());
    assertEquals("art. 3.4", trial.reference());
    assertEquals("Période d'essai", trial.section());
    assertEquals(SourceKind.CONVENTION, trial.kind());
    assertEquals("convention-1486", trial.doc());
    assertEquals(null, trial.article());
    assertTrue(trial.url().matches("https://www\\.legifrance\\.gouv\\.fr/conv_coll/id/KALIARTI\\d{12}"), trial.url());
    assertTrue(passages.stream().filter(p -> p.reference().equals("art. 3.4")).count() > 1, "a long article is cut");
    // An attached text numbers its articles anew: its title comes first.
    assertTrue(passages.stream().anyMatch(p -> p.reference().equals(
        "Accord du 13 décembre 2022 relatif à l'organisation hybride du travail en entreprise, art. 6")));
    // An article without text (a heading) gives nothing to quote.
    assertEquals(3, result.report().articles());
    assertEquals("3.449.0", result.report().packageVersion());
  }

  @Test
  void theShortTitleIsTheNameWhenNoneIsGiven() {
    assertEquals("Convention collective Bureaux d'études techniques, cabinets d'ingénieurs-conseils et sociétés de "
        + "conseils (IDCC 1486)", importer.read(packageDir(), "01486", "").report().title());
  }

  @Test
  void writesASourceFileThatReadsBackTheSame(@TempDir Path dir) {
    Path out = dir.resolve("convention-1486.jsonl.gz");
    ConventionImporter.Report report = importer.importTo(packageDir(), "1486", "Syntec", out);
    assertEquals(importer.read(packageDir(), "1486", "Syntec").passages(), SourceFile.read(out));
    assertEquals(List.of("IDCC 1486"), SourceFile.header(out).selection());
    assertTrue(report.summary().startsWith("3 articles en vigueur de la « Convention collective Syntec (IDCC 1486) »"),
        report.summary());
  }

  @Test
  void anUnknownOrMalformedIdccIsRefused() {
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
        () -> importer.read(packageDir(), "9999", ""));
    assertEquals(packageDir() + ": aucune convention d'IDCC 9999 dans ce paquet (voir son fichier data/index.json)",
        e.getMessage());
    assertEquals("IDCC invalide : « Syntec » (attendu un numéro, par exemple 1486).",
        assertThrows(IllegalArgumentException.class, () -> importer.read(packageDir(), "Syntec", "")).getMessage());
  }
}
