package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.analysis.Synonyms;
import fr.permanence.evaluation.EvalQuestion;
import fr.permanence.evaluation.Figures;
import fr.permanence.evaluation.Relevance;
import fr.permanence.evaluation.Scorecard;
import fr.permanence.sources.CorpusSource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development questions (src/test/resources/eval/, copies of eval/dev.jsonl and dev2.jsonl)
 * scored as ../shared/eval/score.py scores them, on the default corpus: a floor under today's figures.
 */
class RegressionFloorTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  /** As many passages as `search --jsonl` returns; score.py reads the first ten. */
  private static final int LIMIT = 10;

  /**
   * A floor a little under each figure of score.py at the time of writing (in brackets). dev's were
   * higher (0.889 recall@5 on documents) while the synonym file copied its questions' wording and
   * the corpus held 604 articles only; issue 9 had those rules removed, and the floors follow the
   * honest figures.
   */
  private record Floor(String file, String group, double recallAt5, double mrr, double abstainOk, double falseAbstain) {}

  private static final List<Floor> FLOORS = List.of(
      // On the default corpus of four kinds (whole code, fact sheets, Syntec), whose passages compete
      // with the union's documents. dev: documents (0.711, 0.659, 0.556, 0.022), code (0.667, 0.667, 0)
      new Floor("dev.jsonl", "part=documents", 0.69, 0.63, 0.53, 0.05),
      new Floor("dev.jsonl", "part=code-du-travail", 0.65, 0.50, 0, 0.20),
      // dev2: documents (0.488, 0.347), code (0.526, 0.329), convention (0.6, 0.437), unanswerable (0.394);
      // false abstentions in the context register (0.087) must stay low: its names are no evidence.
      new Floor("dev2.jsonl", "part=documents", 0.46, 0.32, 0, 1),
      new Floor("dev2.jsonl", "part=code-du-travail", 0.50, 0.30, 0, 1),
      new Floor("dev2.jsonl", "part=convention", 0.45, 0.27, 0, 1),
      new Floor("dev2.jsonl", "register=context", 0.55, 0.40, 0, 0.10),
      new Floor("dev2.jsonl", "part=unanswerable", 0, 0, 0.36, 1));

  @TempDir
  static Path data;
  private static PassageIndex index;
  private static PassageSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    index = PassageIndex.open(data.resolve("index"), new CorpusSource(CORPUS));
    searcher = new PassageSearcher(index.searchers(), Synonyms.read(CORPUS.resolve("lexicon")), Answerability.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<EvalQuestion> questions(String file) throws IOException {
    try (Reader in = new InputStreamReader(RegressionFloorTest.class.getResourceAsStream("/eval/" + file),
        StandardCharsets.UTF_8)) {
      return EvalQuestion.read(in);
    }
  }

  @Test
  void relevanceRuleIsScorePys() {
    assertEquals("lemploidemeuresoustension2312", Relevance.letters("L’emploi, demeure « sous-tension » — 2312 !"));
    assertEquals("attentionaufichier12", Relevance.letters("aƩenƟon au \ufb01chier ½"));
    assertEquals("microsoft", Relevance.letters("MicrosoŌ"));
    assertEquals("l23128", Relevance.normArticle("l2312-8").toLowerCase(Locale.ROOT));
  }

  @Test
  void developmentQuestionsStayAboveTheFloor() throws IOException {
    for (String file : List.of("dev.jsonl", "dev2.jsonl")) {
      Scorecard card = Scorecard.run(questions(file), q -> searcher.search(q, LIMIT));
      System.out.println(file + "\n" + card);
      for (Floor floor : FLOORS) {
        if (!floor.file().equals(file)) {
          continue;
        }
        Figures f = card.group(floor.group());
        String what = file + " " + floor.group() + " " + f;
        assertTrue(f.answerable() + f.unanswerable() > 0, "questions in " + what);
        assertTrue(f.recallAt(5) >= floor.recallAt5(), what);
        assertTrue(f.mrr() >= floor.mrr(), what);
        assertTrue(f.abstainOk() >= floor.abstainOk(), what);
        assertTrue(f.falseAbstain() <= floor.falseAbstain(), what);
      }
    }
  }
}
