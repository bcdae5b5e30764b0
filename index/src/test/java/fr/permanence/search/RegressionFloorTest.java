package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.sources.CorpusSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development questions (src/test/resources/eval/dev.jsonl, a copy of eval/dev.jsonl) scored
 * as ../shared/eval/score.py scores them, on the default corpus: a floor under today's figures.
 */
class RegressionFloorTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  /** As many passages as `search --jsonl` returns; score.py reads the first ten. */
  private static final int LIMIT = 10;
  /** Floors a little under the figures of score.py at the time of writing (0.889, 0.764, 0.889, 0.044; 1.0). */
  private static final double MIN_DOCUMENTS_RECALL_AT_5 = 0.86;
  private static final double MIN_DOCUMENTS_MRR_AT_10 = 0.74;
  private static final double MIN_DOCUMENTS_ABSTAIN_OK = 0.77;
  private static final double MAX_DOCUMENTS_FALSE_ABSTAIN = 0.05;
  private static final double MIN_CODE_RECALL_AT_5 = 0.95;

  @TempDir
  static Path data;
  private static PassageIndex index;
  private static PassageSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    index = PassageIndex.open(data.resolve("index"), new CorpusSource(CORPUS));
    searcher = new PassageSearcher(index.searchers(), Synonyms.read(CORPUS.resolve("synonyms.txt")),
        Answerability.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** score.py's figures for one part of the questions. */
  static final class Figures {
    int n;
    int negatives;
    int[] recall = new int[6];
    double reciprocalRanks;
    int abstainOk;
    int falseAbstain;

    double recallAt(int cut) {
      return (double) recall[cut] / Math.max(1, n);
    }

    double mrr() {
      return reciprocalRanks / Math.max(1, n);
    }

    double abstainOk() {
      return (double) abstainOk / Math.max(1, negatives);
    }

    double falseAbstain() {
      return (double) falseAbstain / Math.max(1, n);
    }

    void add(JsonNode question, SearchResult result) {
      if (question.path("answerable").asBoolean(true)) {
        n++;
        List<Hit> hits = result.hits();
        for (int i = 0; i < Math.min(10, hits.size()); i++) {
          if (relevant(question, hits.get(i).passage())) {
            reciprocalRanks += 1.0 / (i + 1);
            for (int cut : new int[] {1, 3, 5}) {
              if (i + 1 <= cut) {
                recall[cut]++;
              }
            }
            break;
          }
        }
        if (!result.answerable()) {
          falseAbstain++;
        }
      } else {
        negatives++;
        if (!result.answerable()) {
          abstainOk++;
        }
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "recall@1=%.3f recall@3=%.3f recall@5=%.3f mrr@10=%.3f abstain_ok=%.3f "
          + "false_abstain=%.3f n=%d neg=%d", recallAt(1), recallAt(3), recallAt(5), mrr(), abstainOk(),
          falseAbstain(), n, negatives);
    }
  }

  /** score.py's letters(): NFKC, the three ligature glyphs, lowercase, letters and digits only. */
  static String letters(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replace("\u019f", "ti").replace("\u01a9", "tt").replace("\u014c", "ft")
        .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(t.length());
    t.codePoints().filter(RegressionFloorTest::isAlnum).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Python's str.isalnum() for one character: a letter or any number (Nd, Nl, No). */
  private static boolean isAlnum(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** score.py's norm_article(): ASCII letters and digits, upper case. */
  static String normArticle(String article) {
    return article == null ? "" : article.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
  }

  /** score.py's relevant(): one of the named articles, or one evidence snippet inside the text. */
  static boolean relevant(JsonNode question, Passage passage) {
    Set<String> articles = new HashSet<>();
    question.path("code_articles").forEach(a -> articles.add(normArticle(a.asText())));
    if (!articles.isEmpty() && articles.contains(normArticle(passage.article() == null ? null : passage.article().number()))) {
      return true;
    }
    String text = letters(passage.text());
    for (JsonNode e : question.path("evidence")) {
      String evidence = letters(e.asText());
      if (!evidence.isEmpty() && text.contains(evidence)) {
        return true;
      }
    }
    return false;
  }

  private static List<JsonNode> questions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> questions = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        RegressionFloorTest.class.getResourceAsStream("/eval/dev.jsonl"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          questions.add(json.readTree(line));
        }
      }
    }
    return questions;
  }

  @Test
  void relevanceRuleIsScorePys() {
    assertEquals("lemploidemeuresoustension2312", letters("L’emploi, demeure « sous-tension » — 2312 !"));
    assertEquals("attentionaufichier12", letters("aƩenƟon au \ufb01chier ½"));
    assertEquals("microsoft", letters("MicrosoŌ"));
    assertEquals("l23128", normArticle("l2312-8").toLowerCase(Locale.ROOT));
  }

  @Test
  void devQuestionsStayAboveTheFloor() throws IOException {
    Figures documents = new Figures();
    Figures code = new Figures();
    for (JsonNode q : questions()) {
      SearchResult result = searcher.search(q.path("question").asText(), LIMIT);
      boolean codePart = "code-du-travail".equals(q.path("source").asText(null));
      (codePart ? code : documents).add(q, result);
    }
    System.out.println("part=code-du-travail " + code);
    System.out.println("part=documents       " + documents);
    assertTrue(documents.n > 0 && documents.negatives > 0 && code.n > 0, "questions of both parts");
    assertTrue(documents.recallAt(5) >= MIN_DOCUMENTS_RECALL_AT_5, "documents " + documents);
    assertTrue(documents.mrr() >= MIN_DOCUMENTS_MRR_AT_10, "documents " + documents);
    assertTrue(documents.abstainOk() >= MIN_DOCUMENTS_ABSTAIN_OK, "documents " + documents);
    assertTrue(documents.falseAbstain() <= MAX_DOCUMENTS_FALSE_ABSTAIN, "documents " + documents);
    assertTrue(code.recallAt(5) >= MIN_CODE_RECALL_AT_5, "code du travail " + code);
  }
}
