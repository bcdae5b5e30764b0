package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's name asked about is found in the doctrine or the followers named after it: a passage
 * on fordism answers for Ford, one on Marxists for Marx; a name with no such word stays missing.
 */
class EponymNamesTest {
  private static final List<Passage> PASSAGES = List.of(
      document("Face au fordisme, le syndicat a combattu la standardisation et la soumission des ouvriers."),
      document("Les économistes marxistes décrivent la plus-value tirée du travail des ouvriers."),
      document("Le syndicat négocie les salaires des ouvriers chaque année."));

  @TempDir
  static Path dir;
  private static PassageIndex index;
  private static PassageSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    index = PassageIndex.open(dir, new FixedSource("eponym-names-test-1", PASSAGES));
    searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Passage document(String text) {
    return new Passage("histoire#p1-" + text.hashCode(), "histoire", "Histoire du syndicat", 1, "", text, 0,
        text.length(), null);
  }

  private static int missingNames(String question) {
    return searcher.search(question, 10).evidence().missingNames();
  }

  @Test
  void aDoctrineNamedAfterAPersonMentionsThatPerson() {
    assertEquals(0, missingNames("Le syndicat a-t-il combattu la standardisation voulue par Ford ?"));
    assertEquals(0, missingNames("Que disent les ouvriers de Marx sur la plus-value ?"));
  }

  @Test
  void aNameWithNoWordOfItsFamilyIsMissing() {
    assertEquals(1, missingNames("Le syndicat a-t-il combattu la standardisation voulue par Renault ?"));
  }

  @Test
  void anAcronymHasNoDoctrine() {
    // "FORDISME" is no word; an acronym is spelt, not derived.
    assertEquals(1, missingNames("Le syndicat a-t-il combattu la standardisation voulue par FORD ?"));
  }
}
