package fr.permanence.fiches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Passage;
import fr.permanence.legi.LegiHtml;
import fr.permanence.corpus.SourceFile;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.UnreadableDocumentException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On three sheets cut from the package (src/test/resources/fiches/README.md). */
class FicheImporterTest {
  private final FicheImporter importer =
      new FicheImporter(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

  static Path packageDir() {
    try {
      return Path.of(FicheImporterTest.class.getResource("/fiches/package").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resources have file URLs", e);
    }
  }

  private Passage passage(List<Passage> passages, String id) {
    return passages.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void eachSectionIsCitedWithTheSheetTheSectionAndItsAddressAndCarriesTheArticlesItCites() {
    FicheImporter.Result result = importer.read(packageDir());
    Passage duration = passage(result.passages(), "fiche#la-periode-dessai/quelle-est-la-duree-de-la-periode-dessai");
    assertEquals("La période d'essai", duration.title());
    assertEquals("Quelle est la durée de la période d’essai ?", duration.section());
    assertEquals("https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai"
        + "#quelle-est-la-duree-de-la-periode-dessai", duration.url());
    assertEquals(SourceKind.FICHE, duration.kind());
    assertEquals(null, duration.article());
    assertTrue(duration.cites().contains("L1221-19"), duration.cites().toString());
    assertTrue(duration.text().startsWith("Durée initiale maximale\n"), duration.text());

    Passage intro = passage(result.passages(), "fiche#la-periode-dessai/intro");
    assertEquals("", intro.section());
    assertEquals("https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai", intro.url());
    assertEquals("@socialgouv/fiches-travail-data", result.report().packageName());
    assertEquals("4.1174.0", result.report().packageVersion());
    assertEquals(3, result.report().fiches());
  }

  @Test
  void navigationAndBoilerplateRepeatedAcrossSheetsAreLeftOut() {
    List<Passage> passages = importer.read(packageDir()).passages();
    assertFalse(passages.stream().anyMatch(p -> p.section().equals("À lire sur ce site")));
    assertFalse(passages.stream().anyMatch(p -> p.section().equals("Services en ligne")));
    assertTrue(passages.stream().filter(p -> p.text().startsWith("Échanger avec le bon conseiller")).count() <= 1);
    assertEquals(passages.size(), passages.stream().map(Passage::id).distinct().count());
  }

  @Test
  void theSitesChromeIsLeftOutOfASectionsText() {
    String html = "<p>Le salarié peut demander une rupture.</p><div class=\"fr-accordion\"><h3><button type=\"button\">"
        + " Lire la retranscription textuelle </button></h3><div class=\"fr-collapse\"><p>Dans cette vidéo, la rupture"
        + " est expliquée.</p></div></div><section class=\"ondine-linked-pages\"><h2> À lire sur ce site </h2><ul><li>"
        + "<div class=\"fr-card\"><p>La démission</p><p class=\"fr-tag\"> Fiche pratique </p><p class=\"fr-card__detail\">"
        + "Date de mise à jour le <time>8 octobre 2025</time></p></div></li></ul></section>"
        + "<section class=\"ondine-insert-text\"><h2> À lire sur service-public. gouv. fr </h2><ul><li><a href=\"#\">"
        + "Modification du contrat</a></li></ul></section><section><h2>À savoir</h2><p>Un accord peut prévoir mieux.</p></section>";
    assertEquals("Le salarié peut demander une rupture.\nDans cette vidéo, la rupture est expliquée.\nÀ savoir\n"
        + "Un accord peut prévoir mieux.",
        LegiHtml.toText(FicheImporter.withoutChrome(html)));
  }

  @Test
  void writesASourceFileThatReadsBackTheSame(@TempDir Path dir) {
    Path out = dir.resolve("fiches-travail.jsonl.gz");
    FicheImporter.Report report = importer.importTo(packageDir(), out);
    assertEquals(importer.read(packageDir()).passages(), SourceFile.read(out));
    assertEquals(SourceFile.Header.of(SourceKind.FICHE, "fiches-travail", "Fiches pratiques du ministère du Travail",
        "https://code.travail.gouv.fr/fiche-ministere-travail/", "@socialgouv/fiches-travail-data", "4.1174.0", "",
        "2026-11-30", "", List.of(), 3, report.passages()), SourceFile.header(out));
  }

  @Test
  void anotherPackageIsRefusedWithWhatToDo(@TempDir Path dir) throws IOException {
    Path other = Files.createDirectories(dir.resolve("package"));
    Files.writeString(other.resolve("package.json"), "{\"name\": \"left-pad\"}");
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> importer.read(dir));
    assertEquals(dir + ": le paquet ne contient pas data/fiches-travail.json ; téléchargez le paquet avec "
        + "« npm pack @socialgouv/fiches-travail-data »", e.getMessage());
    assertThrows(UnreadableDocumentException.class, () -> importer.read(dir.resolve("absent.tgz")));
  }
}
