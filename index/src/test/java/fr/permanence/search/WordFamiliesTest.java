package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word in one form finds a text using another form of its family that the stemmer reduces
 * differently ("démission" and "démissionnaire", "réélire" and "élus"), through the
 * repository's corpus/lexicon/families.txt; "licencie", which Snowball stems like "licence", is
 * joined to "licenciement" by the analysis itself, with or without the families.
 */
class WordFamiliesTest {
  /** Each passage a document of its own: no passage is searched through its neighbours' words. */
  private static Passage passage(String id, String text) {
    return new Passage(id, id, "Doc", 1, "", text, 0, text.length(), null);
  }

  private static final List<Passage> PASSAGES = List.of(
      passage("doc#quit", "Le salarié démissionnaire remet sa lettre à son responsable."),
      passage("doc#vote", "Les membres du bureau sont élus pour trois ans."),
      passage("doc#fired", "Le licenciement est notifié par lettre recommandée."),
      passage("doc#other", "Le responsable remet au bureau sa lettre de licence professionnelle."),
      passage("doc#remote", "Un salarié sur cinq a télétravaillé au moins une fois par semaine."),
      passage("doc#gone", "Certaines études annoncent la disparition de 47 % des emplois."),
      passage("doc#rated", "Le management par la notation des travailleurs se développe."),
      passage("doc#wedding", "Le salarié a droit à un congé pour son mariage."),
      passage("doc#march", "Les salariés votent en mars."),
      passage("doc#longest", "La durée quotidienne maximale est de dix heures."));

  private static final PassageSource SOURCE = new FixedSource("families-test-4", PASSAGES);

  @Test
  void aFormFindsItsFamily(@TempDir Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(),
          Synonyms.read(Path.of("..", "corpus", "lexicon")), Answerability.DEFAULT);
      assertEquals("doc#quit", searcher.search("ma démission", 10).hits().get(0).passage().id());
      assertEquals("doc#vote", searcher.search("réélire le bureau", 10).hits().get(0).passage().id());
      assertEquals(List.of("doc#fired"), ids(searcher.search("il me licencie", 10)));
      assertEquals("doc#remote", searcher.search("le télétravail", 10).hits().get(0).passage().id());
      assertEquals("doc#gone", searcher.search("des emplois vont disparaître", 10).hits().get(0).passage().id());
      assertEquals("doc#rated", searcher.search("être noté au travail", 10).hits().get(0).passage().id());
      // "je me marie" finds the wedding, not the month of March Snowball gave it the stem of.
      assertEquals(List.of("doc#wedding"), ids(searcher.search("je me marie", 10)));
      // The clipped "max" is the maximum, which the texts write as a duration "maximale".
      assertEquals(List.of("doc#longest"), ids(searcher.search("12 h max", 10)));
    }
  }

  @Test
  void withoutTheFamiliesTheStemsStayApart(@TempDir Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      assertEquals(List.of(), searcher.search("ma démission", 10).hits());
      assertEquals(List.of("doc#fired"), ids(searcher.search("il me licencie", 10)));
      assertEquals(List.of("doc#other"), ids(searcher.search("ma licence", 10)));
      assertEquals(List.of(), searcher.search("le télétravail", 10).hits());
    }
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.passage().id()).toList();
  }
}
