package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.Synonyms;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** What a question's words expand to: the alternatives of a rule compete, input → exact query. */
class SynonymAwareQueryBuilderTest {
  /** Phrases weighed as Lucene weighs them: what is expanded, not how much it weighs (see PhraseRarityTest). */
  private static final PhraseRarity AS_LUCENE = new PhraseRarity(0);

  private static String expanded(String rules, String question) throws IOException, ParseException {
    try (Analyzer analyzer = new FrenchLegalAnalyzer(Synonyms.parse(new StringReader(rules)))) {
      return new SynonymAwareQueryBuilder(analyzer, AS_LUCENE).createBooleanQuery("text", question).toString();
    }
  }

  @Test
  void anAcronymAndItsSpelledOutFormCompete() throws Exception {
    assertEquals("(text:\"comit social econom\"~2 | text:cse)~0.1",
        expanded("cse, comité social et économique\n", "CSE"));
    try (Analyzer analyzer = new FrenchLegalAnalyzer(Synonyms.parse(new StringReader("cse, comité social et économique\n")))) {
      assertEquals("(rare(text:\"comit social econom\"~2) | text:cse)~0.1",
          new SynonymAwareQueryBuilder(analyzer, new PhraseRarity(0.5)).createBooleanQuery("text", "CSE").toString());
    }
  }

  /**
   * Where several forms of a group begin with the same word, that word is kept once per position
   * (FrenchLegalAnalyzer), which merges their paths: the expansion searches the words of the
   * group's first such form. The lexicon lists the texts' own wording first (lexicon README).
   */
  @Test
  void formsSharingTheirFirstWordAreSearchedAsTheFirstOnesWords() throws Exception {
    assertEquals("text:cong text:patern",
        expanded("congé de paternité, congé pater, congé de naissance\n", "congé pater"));
    assertEquals("text:cong text:pat",
        expanded("congé pater, congé de paternité, congé de naissance\n", "congé de paternité"));
  }

  @Test
  void theRepositoryLexiconSearchesTheCodesWording() throws IOException {
    try (Analyzer analyzer = new FrenchLegalAnalyzer(Synonyms.read(Path.of("..", "corpus", "lexicon")))) {
      SynonymAwareQueryBuilder builder = new SynonymAwareQueryBuilder(analyzer, AS_LUCENE);
      assertEquals("text:cong text:patern", builder.createBooleanQuery("text", "congé pater").toString());
      assertEquals("(text:\"ruptur conventionnel\"~2 | text:rc)~0.1", builder.createBooleanQuery("text", "rupture conv").toString());
    }
  }
}
