package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Passage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default subset committed in corpus/ is readable, recorded and holds what the documents cite. */
class ShippedSubsetTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @Test
  void theShippedSubsetMatchesItsPrefixFileAndHoldsTheCitedArticles() {
    Path file = CORPUS.resolve("code-du-travail.jsonl.gz");
    CodeDuTravailFile.Header header = CodeDuTravailFile.header(file);
    List<String> prefixes = ArticlePrefixes.of(ArticlePrefixes.read(CORPUS.resolve("code-du-travail.prefixes"))).specs();
    assertEquals("@socialgouv/legi-data", header.packageName());
    assertEquals("2.513.0", header.packageVersion());
    assertEquals(prefixes, header.prefixes());

    List<Passage> passages = CodeDuTravailFile.read(file);
    Set<String> numbers = passages.stream().map(p -> p.article().number()).collect(Collectors.toSet());
    assertEquals(header.articles(), numbers.size());
    assertTrue(numbers.size() > 550 && numbers.size() < 650, "about 600 articles: " + numbers.size());
    assertTrue(numbers.containsAll(List.of("L2312-8", "L2315-94", "L2312-37", "L2312-38", "L2242-17", "L1222-9",
        "L1222-11", "L1222-4", "L2317-1", "R2312-6", "R2315-47")));
    ArticlePrefixes rules = ArticlePrefixes.of(prefixes);
    assertTrue(numbers.stream().allMatch(rules::matches));
  }
}
