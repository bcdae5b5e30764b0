package fr.permanence.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Members' slips, reproduced: one per word, in one or two long content words, never the first letter. */
class TypoPerturbationTest {
  private static final String QUESTION = "Mon employeur peut-il refuser le télétravail après un déménagement ?";

  @Test
  void theSameSeedAndIdGiveTheSameSlips() {
    TypoPerturbation typos = new TypoPerturbation(1);
    assertEquals(typos.misspell("q1", QUESTION), new TypoPerturbation(1).misspell("q1", QUESTION));
    assertNotEquals(QUESTION, typos.misspell("q1", QUESTION));
  }

  @Test
  void onlyLongContentWordsChangeByOneSlipEach() {
    for (int seed = 0; seed < 200; seed++) {
      String misspelt = new TypoPerturbation(seed).misspell("q" + seed, QUESTION);
      String[] before = QUESTION.split(" ");
      String[] after = misspelt.split(" ");
      assertEquals(before.length, after.length, misspelt);
      int changed = 0;
      for (int i = 0; i < before.length; i++) {
        if (!before[i].equals(after[i])) {
          changed++;
          assertTrue(before[i].length() >= TypoPerturbation.MIN_LENGTH, misspelt);
          assertEquals(before[i].charAt(0), after[i].charAt(0), "first letter kept: " + misspelt);
          assertTrue(Math.abs(before[i].length() - after[i].length()) <= 1, misspelt);
        }
      }
      assertTrue(changed >= 1 && changed <= 2, misspelt);
    }
  }

  @Test
  void eachKindOfSlip() {
    // The draws: the kind of slip (swap, drop, double, accent), then where.
    assertEquals("cnogés", TypoPerturbation.slip("congés", draws(0, 0)), "two letters swapped");
    assertEquals("cngés", TypoPerturbation.slip("congés", draws(1, 0)), "a letter dropped");
    assertEquals("congéss", TypoPerturbation.slip("congés", draws(2, 4)), "a letter doubled");
    assertEquals("congès", TypoPerturbation.slip("congés", draws(3, 0, 0, 0)), "another accent");
    assertEquals("télephone", TypoPerturbation.slip("telephone", draws(3, 0, 0, 0)), "an accent where none is");
  }

  @Test
  void unanswerableQuestionsAndQuestionsWithoutLongWordsStay() {
    TypoPerturbation typos = new TypoPerturbation(7);
    EvalQuestion off = new EvalQuestion("u1", "Quelle recette de crêpes choisir ?", false, "unanswerable", "informal",
        "off-topic", List.of(), List.of());
    assertSame(off, typos.perturb(off));
    assertEquals("mon CDD et la paie", typos.misspell("q2", "mon CDD et la paie"));
    assertEquals("Chez Capgemini", typos.misspell("q3", "Chez Capgemini"), "a name is no content word");
  }

  /** A Random drawing {@code values} in turn, whatever the bound. */
  private static Random draws(int... values) {
    return new Random() {
      private int next;

      @Override
      public int nextInt(int bound) {
        return values[next++];
      }
    };
  }
}
