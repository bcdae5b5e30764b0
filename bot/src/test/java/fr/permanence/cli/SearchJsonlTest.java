package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripting interface used by evaluation, end to end on the default corpus: one line in, one line out. */
class SearchJsonlTest {
  @TempDir Path data;
  private InputStream stdin;
  private PrintStream stdout;
  private PrintStream stderr;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void installation() {
    System.setProperty("permanence.home", Path.of("..").toAbsolutePath().normalize().toString());
    stdin = System.in;
    stdout = System.out;
    stderr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setIn(stdin);
    System.setOut(stdout);
    System.setErr(stderr);
  }

  private List<JsonNode> run(String input) throws Exception {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(0, Main.run("--data", data.toString(), "search", "--jsonl"));
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(json.readTree(line));
      }
    }
    return lines;
  }

  @Test
  void answersEveryLineInOrderWhateverItHolds() throws Exception {
    List<JsonNode> lines = run(String.join("\n",
        "{\"id\": \"d1\", \"question\": \"Que dit l'article L2312-8 sur les nouvelles technologies ?\"}",
        "pas du JSON",
        "{\"id\": 7}",
        "",
        "{\"id\": \"d2\", \"question\": \"title:foo AND (bar OR \\\"baz\"}",
        "{\"id\": \"d3\", \"question\": \"\"}",
        "{\"id\": \"d4\", \"question\": \"" + "télétravail ".repeat(900) + "\"}",
        "{\"id\": \"d5\", \"question\": \"Combien de jours de congés pour ancienneté prévoit la convention Syntec ?\"}"));
    assertEquals(7, lines.size(), "one output line per non-blank input line");

    JsonNode article = lines.get(0);
    assertEquals("d1", article.get("id").asText());
    assertTrue(article.get("answerable").asBoolean());
    JsonNode first = article.get("passages").get(0);
    assertEquals("L2312-8", first.get("article").asText());
    assertEquals("code-du-travail", first.get("doc").asText());
    assertEquals("code", first.get("kind").asText());
    assertTrue(first.get("url").asText().startsWith("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI"));
    for (String field : List.of("id", "doc", "title", "page", "section", "kind", "article", "url", "text", "score")) {
      assertTrue(first.has(field), "passage field " + field);
    }
    assertTrue(article.get("passages").size() <= 10);

    String expected = "Attendu : un objet JSON par ligne, avec \"id\" et \"question\", par exemple"
        + " {\"id\": \"q1\", \"question\": \"Combien de jours de congés payés ?\"}.";
    String notJson = "ligne 2 : « pas du JSON » n'est pas du JSON valide. " + expected;
    String noQuestion = "ligne 3 : le champ \"question\" manque ou n'est pas un texte. " + expected;
    assertEquals(notJson, lines.get(1).get("error").asText());
    assertTrue(lines.get(1).get("id").isNull());
    assertEquals(noQuestion, lines.get(2).get("error").asText());
    assertEquals(7, lines.get(2).get("id").asInt());
    // Each bad line is said on stderr too, for the person watching a run whose output goes to a script.
    assertEquals(List.of(notJson, noQuestion), err.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("ligne ")).toList());

    assertEquals("d2", lines.get(3).get("id").asText()); // Lucene syntax is only text
    assertEquals("empty", lines.get(4).get("problem").asText());
    assertFalse(lines.get(4).get("answerable").asBoolean());
    assertEquals("d4", lines.get(5).get("id").asText());
    assertFalse(lines.get(5).get("passages").isEmpty(), "a 10,000-character question still searches");

    JsonNode syntec = lines.get(6);
    JsonNode agreement = null;
    for (int i = 0; i < Math.min(5, syntec.get("passages").size()); i++) {
      JsonNode p = syntec.get("passages").get(i);
      if (agreement == null && p.get("kind").asText().equals("convention")) {
        agreement = p;
      }
    }
    assertTrue(agreement != null, "the Syntec agreement is in the default corpus: " + syntec);
    assertTrue(agreement.get("article").isNull(), "an agreement's number is not a Code du travail article");
    assertEquals("Convention collective Syntec (IDCC 1486)", agreement.get("title").asText());
    assertTrue(agreement.get("reference").asText().contains("art. "), agreement.toString());
    assertTrue(agreement.get("url").asText().startsWith("https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI"));
  }
}
