package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.UnreadableDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePrefixesTest {
  @Test
  void aPrefixKeepsTheArticlesStartingWithIt() {
    ArticlePrefixes rules = ArticlePrefixes.of(List.of("L2312"));
    assertTrue(rules.matches("L2312-8"));
    assertTrue(rules.matches("L2312-37"));
    assertFalse(rules.matches("L2315-94"));
    assertFalse(rules.matches("R2312-6"));
  }

  @Test
  void anArticlePrefixKeepsItsSubArticlesButNotItsNeighbours() {
    ArticlePrefixes rules = ArticlePrefixes.of(List.of("L2312-1"));
    assertTrue(rules.matches("L2312-1"));
    assertTrue(rules.matches("L2312-1-1"));
    assertFalse(rules.matches("L2312-10"));
  }

  @Test
  void aRangeKeepsWholeChapters() {
    ArticlePrefixes rules = ArticlePrefixes.of(List.of("L2141–L2146"));
    assertEquals(List.of("L2141-L2146"), rules.specs());
    assertTrue(rules.matches("L2141-1"));
    assertTrue(rules.matches("L2143-3"));
    assertTrue(rules.matches("L2146-2"));
    assertFalse(rules.matches("L2147-1"));
    assertFalse(rules.matches("L2140-1"));
    assertFalse(rules.matches("R2143-1"));
  }

  @Test
  void saysWhichRuleKeptAnArticle() {
    ArticlePrefixes rules = ArticlePrefixes.of(List.of("l. 2312", "L2311-L2317"));
    assertEquals(Optional.of("L2312"), rules.match("L2312-8"));
    assertEquals(Optional.of("L2311-L2317"), rules.match("L2315-94"));
    assertEquals(Optional.empty(), rules.match("L1222-9"));
    assertEquals(Optional.of("*"), ArticlePrefixes.all().match("L1222-9"));
  }

  @Test
  void refusesWhatIsNeitherAPrefixNorARange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticlePrefixes.of(List.of("CSE")));
    assertEquals("Préfixe d'article non reconnu : « CSE » (attendu par exemple L2312, R2315 ou la plage L2141-L2146).",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ArticlePrefixes.of(List.of("L2146-R2141")));
    assertThrows(IllegalArgumentException.class, () -> ArticlePrefixes.of(List.of("L2146-L2141")));
  }

  @Test
  void readsAPrefixFileWithComments(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("subset.prefixes");
    Files.writeString(file, "# CSE\nL2312   # attributions\n\n  L2141-L2146\n");
    assertEquals(List.of("L2312", "L2141-L2146"), ArticlePrefixes.read(file));
    Files.writeString(file, "L2312\nCSE\n");
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> ArticlePrefixes.read(file));
    assertTrue(e.getMessage().startsWith(file + ": Préfixe d'article non reconnu : « CSE »"), e.getMessage());
  }
}
