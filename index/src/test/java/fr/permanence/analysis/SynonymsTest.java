package fr.permanence.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

/** The repository's synonym file, and rules applied to query terms. */
class SynonymsTest {
  private static final Path FILE = Path.of("..", "corpus", "synonyms.txt");
  /** Issue 2 asks for at least this many entries from the domain. */
  private static final int MIN_RULES = 120;

  @Test
  void repositoryFileParsesAndHasEnoughRules() throws IOException {
    long rules = Files.readAllLines(FILE).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
    assertTrue(rules >= MIN_RULES, rules + " rules");
    SynonymMap map = Synonyms.read(FILE);
    assertTrue(map.fst != null && map.words.size() > MIN_RULES, "rules loaded");
  }

  @Test
  void acronymExpandsToItsWordsAnalysedLikeText() throws Exception {
    SynonymMap map = Synonyms.parse(new StringReader("# comment\ncse, comité social et économique\n"));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      List<String> terms = FrenchLegalAnalyzerTest.terms(query, "Le CSE");
      // The acronym and the stems of its expansion, all at the acronym's place.
      assertEquals(List.of("cse", "comit", "social", "econom"), terms.stream().sorted(
          (a, b) -> Integer.compare(order(a), order(b))).toList());
    }
  }

  private static int order(String term) {
    return List.of("cse", "comit", "social", "econom").indexOf(term);
  }

  @Test
  void explicitMappingAndComments() throws Exception {
    SynonymMap map = Synonyms.parse(new StringReader("badgeuse => pointage # a comment\n\n# only comment\n"));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertEquals(List.of("pointag"), FrenchLegalAnalyzerTest.terms(query, "badgeuse"));
    }
  }

  @Test
  void malformedRuleFailsWithItsLine() {
    IOException e = assertThrows(IOException.class,
        () -> Synonyms.parse(new StringReader("a => b => c\n")));
    assertTrue(e.getMessage().contains("a => b => c"), e.getMessage());
  }

  @Test
  void emptyFileExpandsNothing() throws Exception {
    SynonymMap map = Synonyms.parse(new StringReader("# nothing\n"));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertEquals(List.of("cse"), FrenchLegalAnalyzerTest.terms(query, "le CSE"));
    }
  }
}
