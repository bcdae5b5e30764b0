package fr.permanence.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question file's bad lines are each said in French, with their number and what is expected, and skipped. */
class QuestionLinesTest {
  private static final String EXPECTED = "Attendu : un objet JSON par ligne, avec \"id\" et \"question\", par exemple"
      + " {\"id\": \"q1\", \"question\": \"Combien de jours de congés payés ?\"}.";

  @Test
  void eachBadLineIsSaidAndSkippedAndTheOthersAreRead() throws Exception {
    List<String> problems = new ArrayList<>();
    List<EvalQuestion> read = EvalQuestion.read(new StringReader(String.join("\n",
        "{\"id\": \"q1\", \"question\": \"Combien de jours de congés payés ?\"}",
        "combien de jours de congés pour un mariage",
        "",
        "[\"q2\", \"Une question ?\"]",
        "{\"id\": \"q3\"}",
        "{\"id\": \"q4\", \"question\": \"Le CSE est-il consulté ?\"",
        "{\"id\": \"q5\", \"question\": \"Qu'est-ce qu'une rupture conventionnelle ?\", \"answerable\": true}")),
        "questions.jsonl", problems::add);

    assertEquals(List.of("q1", "q5"), read.stream().map(EvalQuestion::id).toList());
    assertEquals(List.of(
        "questions.jsonl, ligne 2 : « combien de jours de congés pour un mariage » n'est pas du JSON valide. "
            + EXPECTED + " Ligne ignorée.",
        "questions.jsonl, ligne 4 : « [\"q2\", \"Une question ?\"] » n'est pas un objet JSON. " + EXPECTED
            + " Ligne ignorée.",
        "questions.jsonl, ligne 5 : le champ \"question\" manque ou n'est pas un texte. " + EXPECTED
            + " Ligne ignorée.",
        "questions.jsonl, ligne 6 : « {\"id\": \"q4\", \"question\": \"Le CSE est-il consulté ?\" » n'est pas du JSON"
            + " valide. " + EXPECTED + " Ligne ignorée."), problems);
  }

  @Test
  void anEmojiAtTheCutIsQuotedWhole() {
    QuestionLines.Line line = QuestionLines.parse(new ObjectMapper(), 3, "a".repeat(59) + "👍👍 pas du json");
    assertEquals("ligne 3 : « " + "a".repeat(59) + "👍… » n'est pas du JSON valide. " + EXPECTED, line.problem());
  }

  @Test
  void aLongBadLineIsQuotedByItsBeginningOnly() {
    QuestionLines.Line line = QuestionLines.parse(new ObjectMapper(), 7,
        "pas du json ".repeat(20));
    assertEquals("ligne 7 : « pas du json pas du json pas du json pas du json pas du json… » n'est pas du"
        + " JSON valide. " + EXPECTED, line.problem());
  }
}
