package fr.permanence.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.log.CitedPassage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGrouperTest {
  private final List<LoggedQuestion> questions = new ArrayList<>();

  private void ask(String asker, String text, String topPassage, int up, int down) {
    List<CitedPassage> cited = topPassage == null ? List.of()
        : List.of(new CitedPassage(topPassage, topPassage.substring(0, topPassage.indexOf('#')), "Titre", null, 3f));
    questions.add(new LoggedQuestion(questions.size() + 1, Instant.EPOCH, asker, text, topPassage != null,
        "extractive", 100, cited, up, down, List.of()));
  }

  @Test
  void wordingsAreNormalized() {
    assertArrayEquals(new String[] {"combien", "cse", "delegation", "elu", "heure"},
        Wording.tokens("Bonjour, combien d'HEURES de délégation pour un élu du CSE ?"));
    assertArrayEquals(new String[] {"combien", "cse", "delegation", "elu", "heure"},
        Wording.tokens("combien d heure delegation elus cse"));
  }

  @Test
  void nearIdenticalWordingsAndSameTopPassageMakeOneGroup() {
    ask("m1", "Combien d'heures de délégation pour un élu CSE ?", "cdt#L2315-7", 1, 0);
    ask("m2", "combien d heures de delegation pour un elu du cse", "cdt#L2315-7", 0, 1);
    ask("m3", "Combien d'heures de délégation pour un élu CSE ?", "guide#p4-aa", 1, 0);
    ask("m1", "Crédit d'heures du délégué ?", "cdt#L2315-7", 0, 0); // other words, same passage
    ask("m4", "Heures délégation élu CSE suppléant combien", "guide#p9-bb", 0, 0); // 5 of 6 words: similar
    ask("m5", "Qui paie la formation des élus ?", "cdt#L2315-16", 0, 0);
    ask("m6", "Qui paye la formation des élus", "cdt#L2315-16", 0, 0);
    ask("m7", "Le télétravail est-il un droit ?", "guide#p2-cc", 0, 0);

    List<QuestionGroup> groups = QuestionGrouper.group(questions, true);

    assertEquals(3, groups.size());
    QuestionGroup delegation = groups.get(0);
    assertEquals(5, delegation.count());
    assertEquals(4, delegation.members());
    assertEquals(List.of("Combien d'heures de délégation pour un élu CSE ?",
        "Crédit d'heures du délégué ?", "Heures délégation élu CSE suppléant combien"), delegation.examples());
    assertEquals(List.of(new Tally("cdt#L2315-7", "Titre", 3),
        new Tally("guide#p4-aa", "Titre", 1), new Tally("guide#p9-bb", "Titre", 1)),
        delegation.passages());
    assertEquals(67, delegation.satisfactionPercent());
    assertEquals(2, groups.get(1).count());
    assertEquals(List.of("Qui paie la formation des élus ?", "Qui paye la formation des élus"),
        groups.get(1).examples());
    assertEquals(1, groups.get(2).count());
    assertEquals(-1, groups.get(2).satisfactionPercent());
  }

  @Test
  void withoutSourcesOnlyWordingsGroup() {
    ask("m1", "Droit à la déconnexion ?", null, 0, 0);
    ask("m2", "droit a la deconnexion", null, 0, 0);
    ask("m3", "Licenciement par une IA ?", null, 0, 0);
    ask("m4", "!!!", null, 0, 0);
    ask("m5", "!!!", null, 0, 0);
    List<QuestionGroup> groups = QuestionGrouper.group(questions, false);
    assertEquals(List.of(2, 2, 1), groups.stream().map(QuestionGroup::count).toList());
    // Equal counts: the most recently asked group first.
    assertEquals("!!!", groups.get(0).label());
    assertEquals("Droit à la déconnexion ?", groups.get(1).label());
  }
}
