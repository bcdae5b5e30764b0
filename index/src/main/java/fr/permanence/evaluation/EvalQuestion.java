package fr.permanence.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One evaluation question, as a line of the JSONL question sets: what is asked, whether the
 * corpus can answer it, and what makes a passage relevant (an evidence snippet in its text, or
 * one of the articles it names).
 *
 * @param part documents, code-du-travail, convention or unanswerable (score.py's default when absent)
 * @param register formal, informal, sms or context; "" when the set does not say
 * @param kind for unanswerable questions, why (off-topic, other-law, absent-fact…); "" otherwise
 */
public record EvalQuestion(String id, String question, boolean answerable, String part, String register,
    String kind, List<String> evidence, List<String> codeArticles) {

  public EvalQuestion {
    evidence = List.copyOf(evidence);
    codeArticles = List.copyOf(codeArticles);
  }

  /** The groups score.py reports this question in: all, its part, register and kind. */
  public List<String> groups() {
    List<String> groups = new ArrayList<>(List.of("all", "part=" + part));
    if (!register.isEmpty()) {
      groups.add("register=" + register);
    }
    if (!kind.isEmpty()) {
      groups.add("kind=" + kind);
    }
    return groups;
  }

  /**
   * Reads a JSONL question set; a malformed line is said to {@code problems}, in French with the
   * file's name ({@code source}) and its number, and skipped: one bad line never stops a run.
   */
  public static List<EvalQuestion> read(Reader jsonl, String source, Consumer<String> problems) throws IOException {
    return QuestionLines.read(jsonl, source, problems).stream().map(EvalQuestion::of).toList();
  }

  public static EvalQuestion of(JsonNode q) {
    String part = q.path("part").asText("");
    if (part.isEmpty()) {
      part = "code-du-travail".equals(q.path("source").asText("")) ? "code-du-travail" : "documents";
    }
    List<String> evidence = new ArrayList<>();
    q.path("evidence").forEach(e -> evidence.add(e.asText()));
    List<String> articles = new ArrayList<>();
    q.path("code_articles").forEach(a -> articles.add(a.asText()));
    return new EvalQuestion(q.path("id").asText(), q.path("question").asText(""), q.path("answerable").asBoolean(true),
        part, q.path("register").asText(""), q.path("kind").asText(""), evidence, articles);
  }
}
