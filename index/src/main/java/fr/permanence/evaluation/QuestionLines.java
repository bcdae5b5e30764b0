package fr.permanence.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines of a JSONL question file, as {@code search --jsonl}, {@code eval} and
 * {@code calibrate} read them: one JSON object per line with {@code "id"} and {@code "question"}.
 * Each line is read on its own, so one bad line never stops the others; what is wrong with it is
 * said in French, with its number and what is expected, in one place for every reader.
 */
public final class QuestionLines {
  /** What every line must be. */
  static final String EXPECTED = "Attendu : un objet JSON par ligne, avec \"id\" et \"question\", par exemple"
      + " {\"id\": \"q1\", \"question\": \"Combien de jours de congés payés ?\"}.";
  /** Characters of a bad line quoted back: enough to recognise it, never a whole pasted document. */
  private static final int EXCERPT = 60;

  private QuestionLines() {}

  /**
   * One line of the file.
   *
   * @param number its number in the file, from 1 (blank lines count)
   * @param request the JSON object, or null when the line is not one
   * @param problem what is wrong with it, in French ("" when it holds a question)
   */
  public record Line(int number, JsonNode request, String problem) {
    public boolean readable() {
      return problem.isEmpty();
    }
  }

  /** Line {@code number} of a file, {@code text}, read with {@code json}. */
  public static Line parse(ObjectMapper json, int number, String text) {
    JsonNode request;
    try {
      request = json.readTree(text);
    } catch (JsonProcessingException e) {
      return new Line(number, null, problem(number, "« " + excerpt(text) + " » n'est pas du JSON valide"));
    }
    if (request == null || !request.isObject()) {
      return new Line(number, null, problem(number, "« " + excerpt(text) + " » n'est pas un objet JSON"));
    }
    JsonNode question = request.get("question");
    if (question == null || !question.isTextual()) {
      return new Line(number, request, problem(number, "le champ \"question\" manque ou n'est pas un texte"));
    }
    return new Line(number, request, "");
  }

  /**
   * The question objects of a file, in order; each bad line is said to {@code problems}
   * (prefixed with {@code source}, the file's name) and skipped.
   */
  public static List<JsonNode> read(Reader jsonl, String source, Consumer<String> problems) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(jsonl);
    int number = 0;
    for (String text; (text = lines.readLine()) != null; ) {
      number++;
      if (text.isBlank()) {
        continue;
      }
      Line line = parse(json, number, text);
      if (line.readable()) {
        out.add(line.request());
      } else {
        problems.accept(source + ", " + line.problem() + " Ligne ignorée.");
      }
    }
    return out;
  }

  private static String problem(int number, String what) {
    return "ligne " + number + " : " + what + ". " + EXPECTED;
  }

  /** The first {@link #EXCERPT} characters of {@code text}, counted by code point: an emoji is never cut in half. */
  private static String excerpt(String text) {
    String t = text.strip();
    return t.codePointCount(0, t.length()) <= EXCERPT ? t
        : t.substring(0, t.offsetByCodePoints(0, EXCERPT)).strip() + "…";
  }
}
