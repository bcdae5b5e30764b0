package fr.permanence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.permanence.corpus.RejectedDocumentException;
import org.junit.jupiter.api.Test;

/** Markdown to corpus text, and hostile nesting refused before parsing, naming the limit. */
class MarkdownTextTest {
  @Test
  void keepsWordsDropsMarkupOneBlockPerParagraphAndItem() {
    assertEquals("Titre\n\nUn paragraphe avec un lien et du code.\n\n• premier\n\n• second\n\nCitation.\n",
        MarkdownText.toText("# Titre\n\nUn *paragraphe* avec [un lien](https://x.example) et `du code`.\n\n"
            + "- premier\n- second\n\n> Citation.\n", "note.md"));
  }

  @Test
  void measuresNestingFromQuoteAndListMarkersAndIndentation() {
    assertEquals(0, MarkdownText.nesting("Un texte.\n---\n"));
    assertEquals(3, MarkdownText.nesting("> > > trois"));
    assertEquals(3, MarkdownText.nesting("- a\n  - b\n    - c"));
    assertEquals(2, MarkdownText.nesting("1. un\n   2) deux"));
    assertEquals(0, MarkdownText.nesting("2024 fut une année."));
    assertEquals(1, MarkdownText.nesting("2024. Une année.")); // CommonMark reads an ordered list here too
  }

  @Test
  void aHundredThousandQuoteLevelsAreRefusedBeforeParsing() {
    assertRefusedBeforeParsing(">".repeat(100_000) + " fin", 100_000);
  }

  @Test
  void aThreeThousandLevelListIsRefusedBeforeParsing() {
    StringBuilder list = new StringBuilder();
    for (int level = 0; level < 3_000; level++) {
      list.append("  ".repeat(level)).append("- niveau ").append(level).append('\n');
    }
    assertRefusedBeforeParsing(list.toString(), 3_000);
  }

  @Test
  void nestingUpToTheLimitIsReadWithoutRecursion() {
    String deep = "> ".repeat(MarkdownText.MAX_NESTING) + "Le comité social et économique est consulté.";
    assertEquals("Le comité social et économique est consulté.\n", MarkdownText.toText(deep, "profond.md"));
  }

  /**
   * The parser's time grows with the square of the depth; the depth named in the refusal is the
   * whole nesting, which only the pre-scan ({@link MarkdownText#nesting}) measures, so the refusal
   * came before any parsing.
   */
  private static void assertRefusedBeforeParsing(String markdown, int depth) {
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> MarkdownText.toText(markdown, "piege.md"));
    assertEquals("« piege.md » imbrique des citations ou des listes sur " + depth + " niveaux, au-delà de la limite "
        + "de 100 : ce n'est pas un document à citer. Envoyez le texte sans cette imbrication.", e.getMessage());
  }
}
