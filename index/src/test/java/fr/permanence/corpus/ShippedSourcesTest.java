package fr.permanence.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sources the repository ships by default: what they hold and where they come from. */
class ShippedSourcesTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @Test
  void theDefaultCorpusHoldsTheWholeCodeTheFactSheetsAndSyntec() {
    assertEquals(List.of(CORPUS.resolve("code-du-travail.jsonl.gz"), CORPUS.resolve("convention-1486.jsonl.gz"),
        CORPUS.resolve("fiches-travail.jsonl.gz")), Corpus.open(CORPUS).importedSources());
  }

  @Test
  void theWholeCodeInForce() {
    Path file = CORPUS.resolve(Corpus.CODE_DU_TRAVAIL);
    SourceFile.Header header = SourceFile.header(file);
    assertEquals(SourceKind.CODE, header.kind());
    assertEquals("@socialgouv/legi-data", header.packageName());
    assertEquals("2.513.0", header.packageVersion());
    assertEquals(List.of(), header.selection());
    List<Passage> passages = SourceFile.read(file);
    Set<String> numbers = passages.stream().map(p -> p.article().number()).collect(Collectors.toSet());
    assertTrue(header.units() > 11_000, "the whole code: " + header.units());
    assertTrue(numbers.containsAll(List.of("L2312-8", "L2315-94", "L2312-37", "L2312-38", "L1222-9", "L3141-3",
        "L1221-19", "L1237-13", "R2315-47")));
  }

  @Test
  void everyFactSheetWithTheArticlesItsSectionsCite() {
    Path file = CORPUS.resolve(Corpus.FICHES);
    SourceFile.Header header = SourceFile.header(file);
    assertEquals(SourceKind.FICHE, header.kind());
    assertEquals("4.1174.0", header.packageVersion());
    assertEquals(269, header.units());
    List<Passage> passages = SourceFile.read(file);
    assertTrue(passages.stream().allMatch(p -> p.article() == null
        && p.url().startsWith("https://code.travail.gouv.fr/fiche-ministere-travail/")));
    assertTrue(passages.stream().filter(p -> !p.cites().isEmpty()).count() > 1_000);
  }

  @Test
  void theSyntecAgreement() {
    Path file = CORPUS.resolve(Corpus.convention("1486"));
    SourceFile.Header header = SourceFile.header(file);
    assertEquals(SourceKind.CONVENTION, header.kind());
    assertEquals("Convention collective Syntec (IDCC 1486)", header.title());
    assertEquals("3.449.0", header.packageVersion());
    List<Passage> passages = SourceFile.read(file);
    Passage trial = passages.stream().filter(p -> p.reference().equals("art. 3.4")).findFirst().orElseThrow();
    assertEquals("Période d'essai", trial.section());
    assertTrue(trial.url().startsWith("https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI"), trial.url());
    assertTrue(passages.stream().allMatch(p -> p.article() == null));
  }
}
