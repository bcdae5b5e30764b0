package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceFile;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.UnreadableDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDuTravailImporterTest {
  private static final String L2312_8_PATH = "Partie législative > Deuxième partie : Les relations collectives de travail"
      + " > Livre III : Les institutions représentatives du personnel > Titre Ier : Comité social et économique"
      + " > Chapitre II : Attributions > Section 3 : Attributions du comité social et économique dans les entreprises"
      + " d'au moins cinquante salariés > Sous-section 1 : Attributions générales";

  private final CodeDuTravailImporter importer = new CodeDuTravailImporter(LegiFixture.on("2026-11-23"));

  private static Map<String, Passage> byId(List<Passage> passages) {
    return passages.stream().collect(Collectors.toMap(Passage::id, Function.identity()));
  }

  private static List<String> numbers(List<Passage> passages) {
    return passages.stream().map(p -> p.article().number()).distinct().toList();
  }

  @Test
  void makesOnePassagePerArticleInForce() {
    CodeDuTravailImporter.Result result = importer.read(LegiFixture.packageDir(), List.of());
    ImportReport report = result.report();
    assertEquals("@socialgouv/legi-data", report.packageName());
    assertEquals("2.513.0", report.packageVersion());
    assertEquals("2026-03-27", report.codeVersionDate());
    assertEquals(LocalDate.of(2026, 11, 23), report.inForceOn());
    assertEquals(32, report.articles());
    assertEquals(1, report.notInForce());
    assertEquals(0, report.outsidePrefixes());
    assertEquals(44, report.passages());
    assertEquals(44, result.passages().size());
    assertEquals(44, byId(result.passages()).size(), "ids are unique");
  }

  @Test
  void aShortArticleIsQuotedWholeWithItsNumberPathDateAndAddress() {
    Passage p = byId(importer.read(LegiFixture.packageDir(), List.of()).passages()).get("cdt#L2315-94");
    String text = "Le comité social et économique peut faire appel à un expert habilité dans des conditions prévues"
        + " par décret en Conseil d'Etat :\n"
        + "1° Lorsqu'un risque grave, identifié et actuel, révélé ou non par un accident du travail, une maladie"
        + " professionnelle ou à caractère professionnel est constaté dans l'établissement ;\n"
        + "2° En cas d'introduction de nouvelles technologies ou de projet important modifiant les conditions de santé"
        + " et de sécurité ou les conditions de travail, prévus au 4° du II de l'article L. 2312-8 ;\n"
        + "3° Dans les entreprises d'au moins trois cents salariés, en vue de préparer la négociation sur l'égalité"
        + " professionnelle.";
    String path = "Partie législative > Deuxième partie : Les relations collectives de travail"
        + " > Livre III : Les institutions représentatives du personnel > Titre Ier : Comité social et économique"
        + " > Chapitre V : Fonctionnement > Section 3 : Dispositions particulières des entreprises d'au moins cinquante"
        + " salariés > Sous-section 10 : Expertise > Paragraphe 3 : Autres cas de recours à l'expertise";
    assertEquals(new Passage("cdt#L2315-94", "code-du-travail", "Code du travail", 0,
        "Paragraphe 3 : Autres cas de recours à l'expertise", text, 0, text.length(),
        new Article("L2315-94", "LEGIARTI000043975185", path, "2021-08-25",
            "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043975185")), p);
  }

  @Test
  void aLongArticleIsSplitAtItsRomanPartsEachKeepingTheNumber() {
    List<Passage> parts = importer.read(LegiFixture.packageDir(), List.of()).passages().stream()
        .filter(p -> p.article().number().equals("L2312-8")).toList();
    assertEquals(List.of("cdt#L2312-8", "cdt#L2312-8/2"), parts.stream().map(Passage::id).toList());
    Article article = new Article("L2312-8", "LEGIARTI000043975196", L2312_8_PATH, "2021-08-25",
        "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043975196");
    assertEquals(new Passage("cdt#L2312-8", "code-du-travail", "Code du travail", 0,
        "Sous-section 1 : Attributions générales",
        "I. - Le comité social et économique a pour mission d'assurer une expression collective des salariés"
            + " permettant la prise en compte permanente de leurs intérêts dans les décisions relatives à la gestion et"
            + " à l'évolution économique et financière de l'entreprise, à l'organisation du travail, à la formation"
            + " professionnelle et aux techniques de production, notamment au regard des conséquences"
            + " environnementales de ces décisions.", 0, 425, article), parts.get(0));
    Passage second = parts.get(1);
    assertEquals(article, second.article());
    assertEquals(426, second.start());
    assertEquals(1567, second.end());
    assertTrue(second.text().startsWith("II. - Le comité est informé et consulté sur les questions intéressant"
        + " l'organisation, la gestion et la marche générale de l'entreprise, notamment sur:\n1° Les mesures de"
        + " nature à affecter le volume ou la structure des effectifs ;\n"), second.text());
    assertTrue(second.text().endsWith("\nIV. - Le comité social et économique mis en place dans les entreprises"
        + " d'au moins cinquante salariés exerce également les attributions prévues à la section 2."), second.text());
  }

  @Test
  void partsOfAnArticleAreContiguousAndWithinTheSizeLimit() {
    List<Passage> parts = importer.read(LegiFixture.packageDir(), List.of()).passages().stream()
        .filter(p -> p.article().number().equals("L1222-9")).toList();
    assertEquals(List.of("cdt#L1222-9", "cdt#L1222-9/2", "cdt#L1222-9/3"), parts.stream().map(Passage::id).toList());
    assertTrue(parts.get(0).text().startsWith("I.-Sans préjudice de l'application"));
    assertTrue(parts.get(1).text().startsWith("II.-L'accord collectif applicable"));
    assertTrue(parts.get(2).text().startsWith("III.-Le télétravailleur a les mêmes droits"));
    for (int i = 1; i < parts.size(); i++) {
      assertEquals(parts.get(i - 1).end() + 1, parts.get(i).start(), "one line break between parts");
    }
    assertTrue(parts.stream().allMatch(p -> p.wordCount() <= ArticleSplitter.MAX_WORDS));
  }

  @Test
  void numbersAreWrittenOneWay() {
    Map<String, Passage> passages = byId(importer.read(LegiFixture.packageDir(), List.of()).passages());
    assertEquals("L1251-33-1", passages.get("cdt#L1251-33-1").article().number()); // " L1251-33-1" in the package
    assertEquals("L5424-29", passages.get("cdt#L5424-29").article().number()); // "L5424-29 "
    assertEquals("L1453-1 A", passages.get("cdt#L1453-1_A").article().number());
    assertEquals("R*2122-1", passages.get("cdt#R*2122-1").article().number());
  }

  @Test
  void keepsOnlyArticlesInForceOnTheImportDay() {
    // L7233-2 is repealed on 2026-09-01; D1142-19 and the version of L1142-11 start on 2026-03-01.
    List<String> november = numbers(importer.read(LegiFixture.packageDir(), List.of()).passages());
    assertFalse(november.contains("L7233-2"));
    assertTrue(november.containsAll(List.of("D1142-19", "L1142-11")));

    CodeDuTravailImporter.Result june =
        new CodeDuTravailImporter(LegiFixture.on("2026-06-01")).read(LegiFixture.packageDir(), List.of());
    assertTrue(numbers(june.passages()).contains("L7233-2"));
    assertEquals(0, june.report().notInForce());

    CodeDuTravailImporter.Result february =
        new CodeDuTravailImporter(LegiFixture.on("2026-02-01")).read(LegiFixture.packageDir(), List.of());
    assertFalse(numbers(february.passages()).contains("D1142-19"));
    assertFalse(numbers(february.passages()).contains("L1142-11"));
    assertEquals(2, february.report().notInForce());
  }

  @Test
  void prefixesRestrictTheImportAndUnmatchedOnesAreReported() {
    CodeDuTravailImporter.Result result =
        importer.read(LegiFixture.packageDir(), List.of("L2312", "L1222-9", "L2141-L2146", "L9999"));
    assertEquals(List.of("L1222-9", "L2143-3", "L2312-8", "L2312-25", "L2312-36", "L2312-37", "L2312-38"),
        numbers(result.passages()));
    assertEquals(7, result.report().articles());
    assertEquals(32 - 7, result.report().outsidePrefixes());
    assertEquals(List.of("L9999"), result.report().unmatchedPrefixes());
    assertEquals(List.of("L2312", "L1222-9", "L2141-L2146", "L9999"), result.report().prefixes());
  }

  @Test
  void readsTheTgzAsNpmPackGivesIt(@TempDir Path dir) throws IOException {
    Path tgz = LegiFixture.tgz(dir.resolve("socialgouv-legi-data-2.513.0.tgz"), true);
    CodeDuTravailImporter.Result fromTgz = importer.read(tgz, List.of());
    assertEquals(importer.read(LegiFixture.codeJson(), List.of()).passages(), fromTgz.passages());
    assertEquals("2.513.0", fromTgz.report().packageVersion());
    assertEquals("@socialgouv/legi-data", fromTgz.report().packageName());
  }

  @Test
  void writesTheFileAndReadsItBack(@TempDir Path dir) throws IOException {
    Path tgz = LegiFixture.tgz(dir.resolve("legi.tgz"), true);
    Path out = dir.resolve("corpus").resolve("code-du-travail.jsonl.gz");
    ImportReport report = importer.importTo(tgz, List.of("L2312", "L2315"), out);
    assertEquals(out, report.output());
    assertEquals(6, report.articles());
    assertEquals(importer.read(tgz, List.of("L2312", "L2315")).passages(), SourceFile.read(out));
    assertEquals(SourceFile.Header.of(SourceKind.CODE, "code-du-travail", "Code du travail",
        "https://www.legifrance.gouv.fr/codes/article_lc/", "@socialgouv/legi-data", "2.513.0",
        "2026-03-27", "2026-11-23", "2026-11-23", List.of("L2312", "L2315"), 6, report.passages()),
        SourceFile.header(out));
    assertEquals("6 articles en vigueur au 2026-11-23 importés (" + report.passages() + " passages) depuis"
        + " @socialgouv/legi-data 2.513.0, version du code du 2026-03-27 ; 1 articles qui ne sont pas en vigueur"
        + " écartés, 26 hors des préfixes retenus (" + report.elapsed().toMillis() + " ms).", report.summary());
  }

  private UnreadableDocumentException failsLeavingOutputAlone(Path source, Path dir) throws IOException {
    Path out = dir.resolve("code-du-travail.jsonl.gz");
    byte[] before = "previous import".getBytes(StandardCharsets.UTF_8);
    Files.write(out, before);
    UnreadableDocumentException e =
        assertThrows(UnreadableDocumentException.class, () -> importer.importTo(source, List.of(), out));
    assertArrayEquals(before, Files.readAllBytes(out), "output untouched");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
    }
    return e;
  }

  @Test
  void aTruncatedTgzIsReportedAndNothingWritten(@TempDir Path dir) throws IOException {
    Path tgz = LegiFixture.tgz(dir.resolve("full.tgz"), true);
    Path cut = LegiFixture.truncated(tgz, dir.resolve("cut.tgz"), 0.5);
    UnreadableDocumentException e = failsLeavingOutputAlone(cut, dir);
    assertEquals(cut, e.file());
    assertTrue(e.getMessage().startsWith(cut + ": archive illisible, tronquée ou corrompue ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("; téléchargez le paquet avec « npm pack @socialgouv/legi-data »"),
        e.getMessage());
  }

  @Test
  void aTruncatedJsonIsReported(@TempDir Path dir) throws IOException {
    Path cut = LegiFixture.truncated(LegiFixture.codeJson(), dir.resolve("LEGITEXT000006072050.json"), 0.7);
    UnreadableDocumentException e = failsLeavingOutputAlone(cut, dir);
    assertTrue(e.getMessage().startsWith(cut + ": JSON tronqué (fin inattendue ligne "), e.getMessage());
  }

  @Test
  void aFileThatIsNotJsonIsReported(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("code.json");
    Files.writeString(text, "Ceci n'est pas du JSON.\n");
    UnreadableDocumentException e = failsLeavingOutputAlone(text, dir);
    assertTrue(e.getMessage().startsWith(text + ": ce n'est pas du JSON valide (ligne 1, colonne "), e.getMessage());
  }

  @Test
  void anEmptyOrMissingFileIsReported(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.tgz"));
    assertEquals(empty + ": fichier vide ; téléchargez le paquet avec « npm pack @socialgouv/legi-data »",
        failsLeavingOutputAlone(empty, dir).getMessage());
    Path missing = dir.resolve("absent.tgz");
    assertEquals(missing + ": fichier introuvable ; téléchargez le paquet avec « npm pack @socialgouv/legi-data »",
        failsLeavingOutputAlone(missing, dir).getMessage());
  }

  @Test
  void jsonThatIsNotTheCodeDuTravailIsReported(@TempDir Path dir) throws IOException {
    Path other = dir.resolve("LEGITEXT000006073189.json");
    Files.writeString(other, "{\"data\": {\"id\": \"LEGITEXT000006073189\", \"title\": \"Code de la sécurité sociale\"},"
        + " \"type\": \"code\", \"children\": []}");
    assertEquals(other + ": ce n'est pas un texte du paquet @socialgouv/legi-data (il contient « Code de la sécurité"
        + " sociale » (LEGITEXT000006073189) et non le Code du travail (LEGITEXT000006072050)) ; téléchargez le paquet"
        + " avec « npm pack @socialgouv/legi-data »", failsLeavingOutputAlone(other, dir).getMessage());
    Path array = dir.resolve("array.json");
    Files.writeString(array, "[1, 2]");
    assertTrue(failsLeavingOutputAlone(array, dir).getMessage()
        .startsWith(array + ": ce n'est pas un texte du paquet @socialgouv/legi-data (le fichier ne commence pas"));
  }

  @Test
  void anArchiveWithoutTheCodeIsReported(@TempDir Path dir) throws IOException {
    Path tgz = LegiFixture.tgz(dir.resolve("other.tgz"), false);
    assertTrue(failsLeavingOutputAlone(tgz, dir).getMessage().startsWith(tgz
        + ": ce n'est pas un texte du paquet @socialgouv/legi-data (l'archive ne contient pas"
        + " data/LEGITEXT000006072050.json)"));
  }

  @Test
  void aMalformedPrefixIsRefusedBeforeReading(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> importer.importTo(LegiFixture.packageDir(), List.of("CSE"), dir.resolve("out.jsonl.gz")));
    assertTrue(e.getMessage().startsWith("Préfixe d'article non reconnu : « CSE »"));
    assertFalse(Files.exists(dir.resolve("out.jsonl.gz")));
    assertNull(importer.read(LegiFixture.packageDir(), List.of("L2312")).report().output());
  }
}
