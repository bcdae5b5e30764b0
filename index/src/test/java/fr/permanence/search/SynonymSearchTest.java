package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acronym in a question finds a passage that only spells it out, through the synonym rules,
 * even though the spelled-out form has a stop word inside ("comité social et économique"): the
 * expansion's phrase may skip the hole the stop word left in the indexed text.
 */
class SynonymSearchTest {
  private static Passage passage(String doc, String id, String text) {
    return new Passage(id, doc, "Doc", 1, "", text, 0, text.length(), null);
  }

  // Two documents: passages of one document are also found through their neighbours' words.
  private static final List<Passage> PASSAGES = List.of(
      passage("doc", "doc#p1-spelled", "Le comité social et économique est consulté sur l'introduction de nouvelles technologies."),
      passage("autre", "autre#p1-other", "Les salariés peuvent demander un entretien annuel sur leur formation et leurs technologies."));

  private static final PassageSource SOURCE = new PassageSource() {
    @Override
    public String fingerprint() {
      return "synonym-test-2";
    }

    @Override
    public List<Passage> passages() {
      return PASSAGES;
    }
  };

  @Test
  void cseQueryMatchesComiteSocialEconomique(@TempDir Path dir) throws Exception {
    Synonyms rules = Synonyms.parse(new StringReader("cse, comité social et économique\n"));
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher withRules = new PassageSearcher(index.searchers(), rules, Answerability.DEFAULT);
      SearchResult found = withRules.search("Quand le CSE est-il consulté ?", 10);
      assertEquals("doc#p1-spelled", found.hits().get(0).passage().id());

      PassageSearcher without = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      assertEquals(List.of(), without.search("CSE", 10).hits());
      assertEquals(1, withRules.search("CSE", 10).hits().size());
    }
  }

  @Test
  void repositoryRulesExpandCse(@TempDir Path dir) throws IOException {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(),
          Synonyms.read(Path.of("..", "corpus", "lexicon")), Answerability.DEFAULT);
      assertEquals("doc#p1-spelled", searcher.search("CSE", 10).hits().get(0).passage().id());
    }
  }
}
