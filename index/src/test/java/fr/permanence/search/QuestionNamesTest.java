package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The named things of a question, and the capitalised word that opens a sentence. */
class QuestionNamesTest {
  @Test
  void aSentencesFirstWordIsNoNameByDefault() {
    assertEquals(List.of("Syntec", "2024"), QuestionNames.find("Atos applique-t-il Syntec depuis 2024 ? Oui."));
  }

  @Test
  void aSentencesFirstWordIsANameWhenTheCallerKnowsItForOne() {
    Set<String> names = Set.of("Atos", "Numeum");
    assertEquals(List.of("Atos", "Syntec", "Numeum"),
        QuestionNames.find("Atos applique-t-il Syntec ? Numeum le dit. Merci.", names::contains));
  }

  @Test
  void acronymsAndYearsAreNamesWhereverTheyStand() {
    assertEquals(List.of("CSE", "2025"), QuestionNames.find("CSE : quoi de neuf ? 2025 sera-t-elle meilleure ?"));
  }
}
