package fr.permanence.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The converter, on excerpts of cdtn-elasticsearch 2.77.13's two files: input → exact lines. */
class CdtnLexiconTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Seven of the 166 CDTN rules, as the package writes them. */
  private static final String SYNONYMS = """
      ["congés payés, cp",
       "accord de performance collective ,apc",
       "aide au chômeur créant ou reprenant une entreprise, accre/acre",
       "comité d'entreprise, ce => c_e",
       "covid, covid 19, coronavirus, corona virus => covid_19",
       "décès, deuil",
       "mi-temps thérapeutique, mi temps thérapeutique => temps partiel thérapeutique"]
      """;

  /** Five TESS entries: glued equivalents, a definition in the field, a page number, none. */
  private static final String THESAURUS = """
      [{"term": "Affection de longue durée", "equivalent": "Maladie de longue durée ALD"},
       {"term": "Prud'homme", "equivalent": "Conseil de prud'homme Conseil de prud'hommes Prud'hommes"},
       {"term": "Garantie mensuelle de rémunération", "equivalent": "La garantie a été instituée lors du passage aux 35 heures."},
       {"term": "AAH", "equivalent": ""},
       {"term": "Afrique du sud", "equivalent": "République d'Afrique du Sud République sud-africaine"},
       {"term": "Fête du travail", "equivalent": "217"}]
      """;

  @Test
  void cdtnRulesBecomeEquivalencesWithAcronymsInCapitals() throws IOException {
    assertEquals(List.of(
        "congés payés, CP",
        "accord de performance collective, APC",
        "aide au chômeur créant ou reprenant une entreprise, ACCRE, ACRE",
        "comité d'entreprise, CE",
        "covid, covid 19, coronavirus, corona virus",
        "décès, deuil",
        "mi-temps thérapeutique, mi temps thérapeutique => temps partiel thérapeutique"),
        CdtnLexicon.synonymRules(JSON.readTree(SYNONYMS)));
  }

  @Test
  void thesaurusEquivalentsAreSplitIntoNames() throws IOException {
    assertEquals(List.of(
        "affection de longue durée, maladie de longue durée, ALD",
        "prud'homme, conseil de prud'homme, conseil de prud'hommes, prud'hommes",
        "afrique du sud, république d'afrique du sud république sud-africaine"),
        CdtnLexicon.thesaurusRules(JSON.readTree(THESAURUS)));
  }

  @Test
  void splitStartsANameAtACapitalAfterALowercaseWordOrAnAcronym() {
    assertEquals(List.of("AES", "Exposition au sang"), CdtnLexicon.splitEquivalents("AES Exposition au sang"));
    assertEquals(List.of("Catastrophe aérienne", "Catastrophe ferroviaire"),
        CdtnLexicon.splitEquivalents("Catastrophe aérienne Catastrophe ferroviaire"));
    assertEquals(List.of("Contrôleur du travail et de la main-d'œuvre"),
        CdtnLexicon.splitEquivalents("Contrôleur du travail et de la main-d'œuvre"));
  }

  @Test
  void convertsThePackageArchive(@TempDir Path dir) throws IOException {
    Path tgz = dir.resolve("cdtn.tgz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz));
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      add(tar, CdtnLexicon.MANIFEST_ENTRY, "{\"name\": \"@socialgouv/cdtn-elasticsearch\", \"version\": \"2.77.13\"}");
      add(tar, CdtnLexicon.SYNONYMS_ENTRY, SYNONYMS);
      add(tar, CdtnLexicon.THESAURUS_ENTRY, THESAURUS);
    }
    CdtnLexicon.Report report = new CdtnLexicon().convert(tgz, dir.resolve("lexicon"), "2026-11-30");
    assertEquals(new CdtnLexicon.Report("2.77.13", 7, 3), report);
    List<String> lines = Files.readAllLines(dir.resolve("lexicon").resolve(CdtnLexicon.THESAURUS_FILE));
    assertTrue(lines.get(1).contains("cdtn-elasticsearch 2.77.13 (Apache-2.0)") && lines.get(1).contains("2026-11-30"),
        lines.get(1));
    assertEquals("affection de longue durée, maladie de longue durée, ALD", lines.get(3));
    try (Stream<Path> written = Files.list(dir.resolve("lexicon"))) {
      assertEquals(List.of(CdtnLexicon.SYNONYMS_FILE, CdtnLexicon.THESAURUS_FILE),
          written.map(f -> f.getFileName().toString()).sorted().toList(), "nothing left beside them");
    }
  }

  @Test
  void anotherArchiveIsRefusedWithWhatIsMissing(@TempDir Path dir) throws IOException {
    Path tgz = dir.resolve("other.tgz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz));
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      add(tar, "package/package.json", "{\"version\": \"1.0.0\"}");
    }
    IOException e = assertThrows(IOException.class, () -> new CdtnLexicon().convert(tgz, dir.resolve("l"), "2026-11-30"));
    assertTrue(e.getMessage().contains("cdtn_synonyms.json"), e.getMessage());
  }

  private static void add(TarArchiveOutputStream tar, String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

}
