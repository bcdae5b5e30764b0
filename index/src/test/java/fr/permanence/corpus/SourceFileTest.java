package fr.permanence.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
  private static final Article L2312_8 = new Article("L2312-8", "LEGIARTI000043975196",
      "Partie législative > Chapitre II : Attributions > Sous-section 1 : Attributions générales", "2021-08-25",
      "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043975196");
  private static final List<Passage> PASSAGES = List.of(
      new Passage("cdt#L2312-8", "code-du-travail", "Code du travail", 0, "Sous-section 1 : Attributions générales",
          "I. - Le comité social et économique a pour mission « d'assurer » une expression collective.", 0, 89,
          L2312_8),
      new Passage("cdt#L2312-8/2", "code-du-travail", "Code du travail", 0, "Sous-section 1 : Attributions générales",
          "II. - Le comité est informé et consulté :\n1° Les mesures ;\n2° La modification.", 90, 166, L2312_8));
  private static final SourceFile.Header HEADER = SourceFile.Header.of(SourceKind.CODE, "code-du-travail",
      "Code du travail", "https://www.legifrance.gouv.fr/codes/article_lc/", "@socialgouv/legi-data", "2.513.0",
      "2026-03-27", "2026-11-23", "2026-11-23", List.of("L2312"), 1, 2);

  @Test
  void writesOneHeaderLineAndOneLinePerPassage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    SourceFile.write(file, HEADER, PASSAGES);
    String content;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals("""
        {"format":"permanence/source","formatVersion":2,"kind":"code","doc":"code-du-travail",\
        "title":"Code du travail","linkPrefix":"https://www.legifrance.gouv.fr/codes/article_lc/",\
        "packageName":"@socialgouv/legi-data","packageVersion":"2.513.0","versionDate":"2026-03-27",\
        "imported":"2026-11-23","inForceOn":"2026-11-23","selection":["L2312"],"units":1,"passages":2}
        {"id":"cdt#L2312-8","number":"L2312-8","path":"Partie législative > Chapitre II : Attributions > \
        Sous-section 1 : Attributions générales","versionDate":"2021-08-25","section":"Sous-section 1 : \
        Attributions générales","link":"LEGIARTI000043975196","start":0,"end":89,"text":"I. - Le comité social et \
        économique a pour mission « d'assurer » une expression collective."}
        {"id":"cdt#L2312-8/2","number":"L2312-8","path":"Partie législative > Chapitre II : Attributions > \
        Sous-section 1 : Attributions générales","versionDate":"2021-08-25","section":"Sous-section 1 : \
        Attributions générales","link":"LEGIARTI000043975196","start":90,"end":166,"text":"II. - Le comité est \
        informé et consulté :\\n1° Les mesures ;\\n2° La modification."}
        """, content);
    assertEquals(PASSAGES, SourceFile.read(file));
    assertEquals(HEADER, SourceFile.header(file));
  }

  @Test
  void replacesAnEarlierFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    Files.writeString(file, "old");
    SourceFile.write(file, HEADER, PASSAGES);
    assertEquals(PASSAGES, SourceFile.read(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void aTruncatedFileIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    SourceFile.write(file, HEADER, PASSAGES);
    Path cut = truncated(file, dir.resolve("cut.jsonl.gz"), 0.8);
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> SourceFile.read(cut));
    assertEquals(cut, e.file());
    assertEquals(true, e.getMessage().startsWith(cut + ": fichier tronqué ou corrompu ("), e.getMessage());
  }

  @Test
  void aFileWithMissingLinesIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    SourceFile.write(file, SourceFile.Header.of(SourceKind.CODE, "code-du-travail", "Code du travail",
        "https://www.legifrance.gouv.fr/codes/article_lc/", "@socialgouv/legi-data", "2.513.0", "2026-03-27",
        "2026-11-23", "2026-11-23", List.of(), 1, 3), PASSAGES);
    assertEquals(file + ": fichier incomplet : 2 passages sur les 3 annoncés ; réimportez le Code du travail",
        assertThrows(UnreadableDocumentException.class, () -> SourceFile.read(file)).getMessage());
  }

  @Test
  void anotherGzipFileIsNotTakenForTheCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("other.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"id\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(file + ": ce n'est pas une source importée par Permanence",
        assertThrows(UnreadableDocumentException.class, () -> SourceFile.read(file)).getMessage());
    Path plain = Files.writeString(dir.resolve("plain.jsonl.gz"), "{}");
    assertEquals(true, assertThrows(UnreadableDocumentException.class, () -> SourceFile.read(plain))
        .getMessage().startsWith(plain + ": fichier tronqué ou corrompu (Not in GZIP format)"));
  }

  @Test
  void aPassageOfAnotherKindCannotBeWritten(@TempDir Path dir) {
    Passage document = new Passage("doc#p1-abc", "cnr", "Rapport CNR", 1, "", "Texte.", 0, 6, null);
    Path file = dir.resolve("code.jsonl.gz");
    assertThrows(IllegalArgumentException.class, () -> SourceFile.write(file, HEADER, List.of(document)));
    assertEquals(false, Files.exists(file));
  }

  @Test
  void factSheetsAndAgreementsKeepTheirOwnTitlesReferencesLinksAndCitedArticles(@TempDir Path dir) {
    SourceFile.Header fiches = SourceFile.Header.of(SourceKind.FICHE, "fiches-travail", "Fiches",
        "https://code.travail.gouv.fr/fiche-ministere-travail/", "@socialgouv/fiches-travail-data", "4.1174.0", "",
        "2026-11-30", "", List.of(), 1, 1);
    Passage section = new Passage("fiche#la-periode-dessai/duree", "fiches-travail", "La période d'essai", 0,
        "Quelle est la durée ?", "La durée maximale est de 4 mois pour les cadres.", 0, 49, null, SourceKind.FICHE,
        "https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai#duree", "", List.of("L1221-19"));
    Path file = dir.resolve("fiches-travail.jsonl.gz");
    SourceFile.write(file, fiches, List.of(section));
    assertEquals(List.of(section), SourceFile.read(file));

    SourceFile.Header syntec = SourceFile.Header.of(SourceKind.CONVENTION, "convention-1486",
        "Convention collective Syntec (IDCC 1486)", "https://www.legifrance.gouv.fr/conv_coll/id/",
        "@socialgouv/kali-data", "3.449.0", "", "2026-11-30", "2026-11-30", List.of("IDCC 1486"), 1, 1);
    Passage article = new Passage("ccn1486#KALIARTI000047513825", "convention-1486",
        "Convention collective Syntec (IDCC 1486)", 0, "Période d'essai", "La période d'essai est de 4 mois.", 0, 33,
        null, SourceKind.CONVENTION, "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000047513825", "art. 3.4",
        List.of());
    Path agreement = dir.resolve("convention-1486.jsonl.gz");
    SourceFile.write(agreement, syntec, List.of(article));
    assertEquals(List.of(article), SourceFile.read(agreement));
    assertEquals(syntec, SourceFile.header(agreement));
    assertThrows(IllegalArgumentException.class, () -> SourceFile.write(agreement, syntec, List.of(section)));
  }

  @Test
  void theFirstFormatOfTheCodeIsStillRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code-du-travail.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("""
          {"format":"permanence/code-du-travail","formatVersion":1,"packageName":"@socialgouv/legi-data",\
          "packageVersion":"2.513.0","codeVersionDate":"2026-03-27","imported":"2026-11-23","inForceOn":"2026-11-23",\
          "prefixes":["L2312"],"articles":1,"passages":1}
          {"id":"cdt#L2312-8","number":"L2312-8","legiId":"LEGIARTI000043975196","path":"Partie législative > \
          Chapitre II : Attributions > Sous-section 1 : Attributions générales","versionDate":"2021-08-25",\
          "section":"Sous-section 1 : Attributions générales","start":0,"end":89,"text":"I. - Le comité social et \
          économique a pour mission « d'assurer » une expression collective."}
          """.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(List.of(PASSAGES.get(0)), SourceFile.read(file));
    assertEquals(SourceKind.CODE, SourceFile.header(file).kind());
  }

  /** A copy of {@code file} keeping only its first {@code fraction} of bytes. */
  private static Path truncated(Path file, Path out, double fraction) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(out, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    return out;
  }
}
