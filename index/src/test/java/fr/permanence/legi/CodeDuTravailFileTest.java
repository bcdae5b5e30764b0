package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.UnreadableDocumentException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDuTravailFileTest {
  private static final Article L2312_8 = new Article("L2312-8", "LEGIARTI000043975196",
      "Partie législative > Chapitre II : Attributions > Sous-section 1 : Attributions générales", "2021-08-25",
      "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043975196");
  private static final List<Passage> PASSAGES = List.of(
      new Passage("cdt#L2312-8", "code-du-travail", "Code du travail", 0, "Sous-section 1 : Attributions générales",
          "I. - Le comité social et économique a pour mission « d'assurer » une expression collective.", 0, 89,
          L2312_8),
      new Passage("cdt#L2312-8/2", "code-du-travail", "Code du travail", 0, "Sous-section 1 : Attributions générales",
          "II. - Le comité est informé et consulté :\n1° Les mesures ;\n2° La modification.", 90, 166, L2312_8));
  private static final CodeDuTravailFile.Header HEADER = new CodeDuTravailFile.Header("permanence/code-du-travail", 1,
      "@socialgouv/legi-data", "2.513.0", "2026-03-27", "2026-11-23", "2026-11-23", List.of("L2312"), 1, 2);

  @Test
  void writesOneHeaderLineAndOneLinePerPassage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    CodeDuTravailFile.write(file, HEADER, PASSAGES);
    String content;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals("""
        {"format":"permanence/code-du-travail","formatVersion":1,"packageName":"@socialgouv/legi-data",\
        "packageVersion":"2.513.0","codeVersionDate":"2026-03-27","imported":"2026-11-23","inForceOn":"2026-11-23",\
        "prefixes":["L2312"],"articles":1,"passages":2}
        {"id":"cdt#L2312-8","number":"L2312-8","legiId":"LEGIARTI000043975196","path":"Partie législative > \
        Chapitre II : Attributions > Sous-section 1 : Attributions générales","versionDate":"2021-08-25",\
        "section":"Sous-section 1 : Attributions générales","start":0,"end":89,"text":"I. - Le comité social et \
        économique a pour mission « d'assurer » une expression collective."}
        {"id":"cdt#L2312-8/2","number":"L2312-8","legiId":"LEGIARTI000043975196","path":"Partie législative > \
        Chapitre II : Attributions > Sous-section 1 : Attributions générales","versionDate":"2021-08-25",\
        "section":"Sous-section 1 : Attributions générales","start":90,"end":166,"text":"II. - Le comité est \
        informé et consulté :\\n1° Les mesures ;\\n2° La modification."}
        """, content);
    assertEquals(PASSAGES, CodeDuTravailFile.read(file));
    assertEquals(HEADER, CodeDuTravailFile.header(file));
  }

  @Test
  void replacesAnEarlierFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    Files.writeString(file, "old");
    CodeDuTravailFile.write(file, HEADER, PASSAGES);
    assertEquals(PASSAGES, CodeDuTravailFile.read(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void aTruncatedFileIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    CodeDuTravailFile.write(file, HEADER, PASSAGES);
    Path cut = LegiFixture.truncated(file, dir.resolve("cut.jsonl.gz"), 0.8);
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> CodeDuTravailFile.read(cut));
    assertEquals(cut, e.file());
    assertEquals(true, e.getMessage().startsWith(cut + ": fichier tronqué ou corrompu ("), e.getMessage());
  }

  @Test
  void aFileWithMissingLinesIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("code.jsonl.gz");
    CodeDuTravailFile.write(file, new CodeDuTravailFile.Header("permanence/code-du-travail", 1,
        "@socialgouv/legi-data", "2.513.0", "2026-03-27", "2026-11-23", "2026-11-23", List.of(), 1, 3), PASSAGES);
    assertEquals(file + ": fichier incomplet : 2 passages sur les 3 annoncés ; réimportez le Code du travail",
        assertThrows(UnreadableDocumentException.class, () -> CodeDuTravailFile.read(file)).getMessage());
  }

  @Test
  void anotherGzipFileIsNotTakenForTheCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("other.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"id\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(file + ": ce n'est pas un Code du travail importé par Permanence",
        assertThrows(UnreadableDocumentException.class, () -> CodeDuTravailFile.read(file)).getMessage());
    Path plain = Files.writeString(dir.resolve("plain.jsonl.gz"), "{}");
    assertEquals(true, assertThrows(UnreadableDocumentException.class, () -> CodeDuTravailFile.read(plain))
        .getMessage().startsWith(plain + ": fichier tronqué ou corrompu (Not in GZIP format)"));
  }

  @Test
  void aPassageWithoutArticleCannotBeWritten(@TempDir Path dir) {
    Passage document = new Passage("doc#p1-abc", "cnr", "Rapport CNR", 1, "", "Texte.", 0, 6, null);
    Path file = dir.resolve("code.jsonl.gz");
    assertThrows(IllegalArgumentException.class, () -> CodeDuTravailFile.write(file, HEADER, List.of(document)));
    assertEquals(false, Files.exists(file));
  }
}
