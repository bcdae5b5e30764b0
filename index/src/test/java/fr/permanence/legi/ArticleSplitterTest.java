package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.text.PassageText;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {
  /** {@code n} words, each "mot". */
  private static String words(int n) {
    return String.join(" ", Collections.nCopies(n, "mot"));
  }

  private static List<String> parts(String text) {
    return ArticleSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aShortArticleIsOnePart() {
    String text = "I. - " + words(50) + "\nII. - " + words(50);
    assertEquals(List.of(text), parts(text));
  }

  @Test
  void aLongArticleIsCutAtItsRomanParts() {
    String one = "I. - " + words(120);
    String two = "II.-" + words(130);
    String three = "III. - " + words(20); // too short alone: joins II
    String text = one + "\n" + two + "\n" + three;
    assertEquals(List.of(one, two + "\n" + three), parts(text));
    assertEquals(List.of(new ArticleSplitter.Span(0, one.length(), 122, true),
            new ArticleSplitter.Span(one.length() + 1, text.length(), 130 + 22, true)),
        ArticleSplitter.split(text));
  }

  @Test
  void aLongEnumerationIsCutEvenlyAtItsItems() {
    String intro = "L'employeur met en oeuvre les mesures suivantes :";
    StringBuilder text = new StringBuilder(intro);
    for (int i = 1; i <= 9; i++) {
      text.append('\n').append(i).append("° ").append(words(23));
    }
    // 8 + 9 × 24 = 224 words: two parts of 104 and 120 words, not 200 and a tail of 24.
    List<String> parts = parts(text.toString());
    assertEquals(2, parts.size());
    assertEquals(104, PassageText.wordCount(parts.get(0)));
    assertEquals(120, PassageText.wordCount(parts.get(1)));
    assertTrue(parts.get(0).startsWith(intro + "\n1° "));
    assertTrue(parts.get(1).startsWith("5° "));
  }

  @Test
  void romanPartsAreCutFurtherAtTheirItems() {
    String one = "I. - " + words(30);
    String two = "II. - Le comité est consulté sur :\n1° " + words(120) + "\n2° " + words(120);
    String text = one + "\n" + two;
    List<String> parts = parts(text);
    assertEquals(List.of(one + "\nII. - Le comité est consulté sur :\n1° " + words(120), "2° " + words(120)), parts);
  }

  @Test
  void aSingleEndlessParagraphIsCutBetweenSentences() {
    String first = "Première phrase " + words(150) + ".";
    String second = "Seconde phrase " + words(150) + ".";
    assertEquals(List.of(first, second), parts(first + " " + second));
  }
}
