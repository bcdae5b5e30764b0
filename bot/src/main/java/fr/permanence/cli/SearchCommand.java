package fr.permanence.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.permanence.app.Permanence;
import fr.permanence.corpus.Passage;
import fr.permanence.evaluation.QuestionLines;
import fr.permanence.search.Hit;
import fr.permanence.search.SearchResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The scripting interface used by evaluation: one JSON question per input line, one JSON result
 * per output line, in order. A malformed line gets an error line; the next lines still run.
 */
@Command(name = "search", description = "Recherche des passages ; --jsonl lit {\"id\",\"question\"} par ligne sur l'entrée standard.")
final class SearchCommand implements Callable<Integer> {
  /** Passages returned per question, as the evaluation reads them. */
  static final int LIMIT = 10;

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--jsonl", description = "Lit des questions JSON ligne par ligne sur l'entrée standard.")
  boolean jsonl;

  @Option(names = "--explain", paramLabel = "PASSAGE_ID", hidden = true, description = "Explique le score d'un passage (réglage).")
  String explain;

  @Parameters(arity = "0..*", paramLabel = "QUESTION")
  String[] words;

  /**
   * Made when the command runs, not when the command line is built: every other command would
   * otherwise pay Jackson's start-up too.
   */
  private ObjectMapper json;

  @Override
  public Integer call() throws Exception {
    String question = words == null ? "" : String.join(" ", words).strip();
    if (!jsonl && question.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Donnez une question, ou --jsonl pour lire des questions"
          + " JSON sur l'entrée standard : ./permanence search \"Combien de jours de congés payés ?\"");
    }
    json = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    try (Permanence bot = main.open()) {
      if (!jsonl) {
        if (explain != null) {
          out.println(bot.searcher().explain(question, explain));
          out.flush();
          return 0;
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(
            result(null, bot.searcher().search(question, LIMIT))));
        out.flush();
        return 0;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line; (line = in.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        out.println(json.writeValueAsString(answerLine(bot, QuestionLines.parse(json, number, line))));
        out.flush();
      }
    }
    return 0;
  }

  /** The result of a line, or its error, also said on stderr for the person watching the run. */
  private ObjectNode answerLine(Permanence bot, QuestionLines.Line line) {
    JsonNode id = line.request() == null ? null : line.request().get("id");
    if (!line.readable()) {
      spec.commandLine().getErr().println(line.problem());
      return error(id, line.problem());
    }
    return result(id, bot.searcher().search(line.request().get("question").asText(), LIMIT));
  }

  private ObjectNode error(JsonNode id, String message) {
    ObjectNode node = json.createObjectNode();
    node.set("id", id);
    node.put("error", message);
    node.put("answerable", false);
    node.putArray("passages");
    return node;
  }

  ObjectNode result(JsonNode id, SearchResult result) {
    ObjectNode node = json.createObjectNode();
    node.set("id", id);
    node.put("answerable", result.answerable());
    node.put("took_ms", result.tookNanos() / 1_000_000);
    if (!result.problem().isEmpty()) {
      node.put("problem", result.problem());
    }
    ArrayNode passages = node.putArray("passages");
    for (Hit h : result.hits()) {
      Passage p = h.passage();
      ObjectNode o = passages.addObject();
      o.put("id", p.id());
      o.put("doc", p.doc());
      o.put("title", p.title());
      o.put("page", p.page());
      o.put("section", p.section());
      o.put("kind", p.kind().label());
      if (p.article() == null) {
        o.putNull("article"); // only Code du travail numbers: an agreement's is in "reference"
      } else {
        o.put("article", p.article().number());
      }
      if (!p.reference().isEmpty()) {
        o.put("reference", p.reference());
      }
      o.put("url", p.url());
      o.put("text", p.text());
      o.put("score", Math.round(h.score() * 1000) / 1000.0);
    }
    return node;
  }
}
