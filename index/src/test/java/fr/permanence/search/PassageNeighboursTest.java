package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A union passage is also found through the text around it: the previous and the next passage of its document. */
class PassageNeighboursTest {
  private static Passage document(String slug, int n, String text) {
    return new Passage(slug + "#p" + n, slug, "Guide " + slug, n, "", text, 100 * n, 100 * n + text.length(), null);
  }

  private static final Passage TOOLS = document("guide", 1,
      "Les outils de suivi installés sur les postes enregistrent les heures de connexion.");
  private static final Passage CONSULTED = document("guide", 2, "Le comité doit être consulté avant la mise en service.");
  private static final Passage LEAVE = document("guide", 3, "Les congés se posent avec l'accord du responsable.");
  private static final Passage MEALS = document("livret", 1, "Les tickets restaurant sont financés à moitié.");
  private static final Passage SAME_WORDS = document("livret", 2, "Le comité doit être consulté avant la mise en service.");
  private static final Passage ARTICLE = new Passage("cdt#L9999-1", "code-du-travail", "Code du travail", 0, "",
      "Le comité est consulté.", 0, 23, new Article("L9999-1", "LEGIARTI0000000000001", "Partie législative", "2020-01-01", ""));

  @Test
  void aDocumentsPassageIsSurroundedByTheOnesBeforeAndAfterItInTheSameDocumentOnly() {
    Map<String, String> around = PassageFields.neighbours(List.of(TOOLS, CONSULTED, LEAVE, MEALS, SAME_WORDS, ARTICLE));

    assertEquals(Map.of(
        "guide#p1", CONSULTED.text(),
        "guide#p2", TOOLS.text() + "\n" + LEAVE.text(),
        "guide#p3", CONSULTED.text(),
        "livret#p1", SAME_WORDS.text(),
        "livret#p2", MEALS.text()), around);
  }

  @Test
  void questionWordsInTheNeighbouringPassageLiftThePassageThatAnswers(@TempDir Path dir) throws Exception {
    PassageSource source = new PassageSource() {
      @Override
      public String fingerprint() {
        return "neighbours-test-1";
      }

      @Override
      public List<Passage> passages() {
        return List.of(TOOLS, CONSULTED, LEAVE, MEALS, SAME_WORDS);
      }
    };
    String question = "Le comité est-il consulté sur les outils de suivi des connexions ?";
    try (PassageIndex index = PassageIndex.open(dir, source)) {
      Map<String, Float> alone = scores(new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT,
          RankingParameters.DEFAULTS.with("neighbourBoost", 0)).search(question, 5));
      Map<String, Float> around = scores(new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT)
          .search(question, 5));

      // The same words alone score the same; the one after the passage on tracking tools scores more.
      assertEquals(alone.get(CONSULTED.id()), alone.get(SAME_WORDS.id()), 1e-6);
      assertTrue(around.get(CONSULTED.id()) > around.get(SAME_WORDS.id()), around.toString());
    }
  }

  private static Map<String, Float> scores(SearchResult result) {
    return result.hits().stream().collect(Collectors.toMap(h -> h.passage().id(), h -> h.score()));
  }
}
