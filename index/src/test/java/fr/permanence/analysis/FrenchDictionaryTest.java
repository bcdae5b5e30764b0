package fr.permanence.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** French words, with or without their accents, against misspellings. */
class FrenchDictionaryTest {
  private final FrenchDictionary dictionary = FrenchDictionary.get();

  @Test
  void wordsAsWrittenAndConjugated() {
    for (String word : List.of("voudrais", "grossiste", "donation", "soulèvent", "Licenciement", "congés")) {
      assertTrue(dictionary.isWord(word), word);
    }
  }

  @Test
  void wordsWithoutTheirAccents() {
    for (String word : List.of("crepes", "abimer", "telephone", "plait")) {
      assertTrue(dictionary.isWord(word), word);
    }
    // An accent on the wrong letter is no accent left out.
    assertFalse(dictionary.isWord("crépes"));
  }

  @Test
  void misspellingsAreNoWords() {
    for (String word : List.of("teletravial", "licenciemnt", "conventionelle", "suplémentaires", "xqzwvyplk")) {
      assertFalse(dictionary.isWord(word), word);
    }
  }

  @Test
  void accentedSpellingsOneLetterThenTwoEs() {
    assertEquals(List.of("çar", "càr", "câr"), FrenchDictionary.accented("car"));
    assertEquals(List.of("bée", "bèe", "bêe", "bëe", "beé", "beè", "beê", "beë", "béé", "béè", "bèé", "bèè"),
        FrenchDictionary.accented("bee"));
  }
}
