package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.evaluation.EvalQuestion;
import fr.permanence.evaluation.Figures;
import fr.permanence.evaluation.Relevance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development questions (../eval/dev.jsonl and ../eval/dev2.jsonl, copies of the shared
 * evaluation files) scored as ../shared/eval/score.py scores them ({@link Relevance}, {@link Figures}), on the
 * default corpus: a floor a little under the figures measured, per file and part.
 */
class RegressionFloorTest {
  private static final Path EVAL = Path.of("..", "eval");
  /** As many passages as `search --jsonl` returns; score.py reads the first ten. */
  private static final int LIMIT = 10;

  /**
   * Floors per file and part, and per register and kind of unanswerable question for dev2: least
   * recall@5, least mrr@10, most false_abstain (answerable questions), least abstain_ok
   * (unanswerable). A little under the figures of score.py when written, on the default corpus of
   * four kinds (union documents, whole code, fact sheets, Syntec), as recall@5, mrr@10,
   * false_abstain / abstain_ok, main of 2026-12-02 12:10 (no cap on the code's places, situations
   * of monitoring and disconnection, lexicon accents, answerability refitted) — dev: documents
   * 0.778, 0.689, 0.022; code 1.000, 1.000, 0.000; unanswerable 0.556. dev2: documents 0.561,
   * 0.465, 0.024; code 0.895, 0.688, 0.000; convention 1.000, 0.700, 0.000; unanswerable 0.758
   * (off-topic 1.000, other law 1.000, absent facts 0.812);
   * false abstention formal 0, informal 0, sms 0, situation-rich 0.043. The issue's own floors for
   * refusals and false abstention (0.95, 0.75, 0.05) are kept where one question's flip cannot
   * cross them by chance; sms has 13 answerable questions, one of which is 0.077. What each change
   * contributed is in the README ("Quality and speed") and in the commit that made it.
   */
  private record Floor(double recallAt5, double mrr, double maxFalseAbstain, double abstainOk) {}

  private static final Map<String, Floor> FLOORS = Map.ofEntries(
      Map.entry("dev.jsonl part=documents", new Floor(0.77, 0.68, 0.05, 0)),
      Map.entry("dev.jsonl part=code-du-travail", new Floor(0.83, 0.80, 0.05, 0)),
      Map.entry("dev.jsonl part=unanswerable", new Floor(0, 0, 1, 0.50)),
      Map.entry("dev2.jsonl part=documents", new Floor(0.56, 0.44, 0.05, 0)),
      Map.entry("dev2.jsonl part=code-du-travail", new Floor(0.86, 0.65, 0.05, 0)),
      Map.entry("dev2.jsonl part=convention", new Floor(0.95, 0.65, 0.05, 0)),
      Map.entry("dev2.jsonl part=unanswerable", new Floor(0, 0, 1, 0.75)),
      Map.entry("dev2.jsonl kind=off-topic", new Floor(0, 0, 1, 0.95)),
      Map.entry("dev2.jsonl kind=other-law", new Floor(0, 0, 1, 0.95)),
      Map.entry("dev2.jsonl kind=absent-fact", new Floor(0, 0, 1, 0.75)),
      Map.entry("dev2.jsonl register=formal", new Floor(0, 0, 0.05, 0)),
      Map.entry("dev2.jsonl register=informal", new Floor(0, 0, 0.05, 0)),
      Map.entry("dev2.jsonl register=sms", new Floor(0, 0, 0.08, 0)),
      Map.entry("dev2.jsonl register=context", new Floor(0, 0, 0.05, 0)));

  @TempDir
  static Path data;
  private static DefaultCorpus corpus;
  private static PassageSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    corpus = new DefaultCorpus(data);
    searcher = corpus.searcher();
  }

  @AfterAll
  static void close() throws IOException {
    corpus.close();
  }

  /** score.py's part: "part" when given, else code-du-travail for that source and documents otherwise. */
  private static String part(JsonNode q) {
    if (q.hasNonNull("part")) {
      return q.get("part").asText();
    }
    if (!q.path("answerable").asBoolean(true)) {
      return "unanswerable";
    }
    return "code-du-travail".equals(q.path("source").asText(null)) ? "code-du-travail" : "documents";
  }

  private static List<JsonNode> questions(String file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> questions = new ArrayList<>();
    for (String line : Files.readAllLines(EVAL.resolve(file), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        questions.add(json.readTree(line));
      }
    }
    return questions;
  }

  @Test
  void relevanceRuleIsScorePys() {
    assertEquals("lemploidemeuresoustension2312", Relevance.letters("L’emploi, demeure « sous-tension » — 2312 !"));
    assertEquals("attentionaufichier12", Relevance.letters("aƩenƟon au \ufb01chier ½"));
    assertEquals("microsoft", Relevance.letters("MicrosoŌ"));
    assertEquals("l23128", Relevance.normArticle("l2312-8").toLowerCase(Locale.ROOT));
  }

  @Test
  void devQuestionsStayAboveTheFloor() throws IOException {
    Map<String, Figures> groups = new TreeMap<>();
    for (String file : List.of("dev.jsonl", "dev2.jsonl")) {
      for (JsonNode q : questions(file)) {
        SearchResult result = searcher.search(q.path("question").asText(), LIMIT);
        groups.computeIfAbsent(file + " part=" + part(q), k -> new Figures()).add(EvalQuestion.of(q), result);
        for (String label : List.of("register", "kind")) {
          if (q.hasNonNull(label)) {
            groups.computeIfAbsent(file + " " + label + "=" + q.get(label).asText(), k -> new Figures())
                .add(EvalQuestion.of(q), result);
          }
        }
      }
    }
    groups.forEach((group, figures) -> System.out.println(group + " " + figures));
    assertTrue(groups.keySet().containsAll(FLOORS.keySet()), "every floored group has questions: " + groups.keySet());
    FLOORS.forEach((group, floor) -> {
      Figures f = groups.get(group);
      assertTrue(f.recallAt(5) >= floor.recallAt5() && f.mrr() >= floor.mrr()
          && (f.answerable() == 0 || f.falseAbstain() <= floor.maxFalseAbstain())
          && (f.unanswerable() == 0 || f.abstainOk() >= floor.abstainOk()), group + " " + f + " under " + floor);
    });
  }
}
