package fr.permanence.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import fr.permanence.sources.CorpusSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own questions (../eval/own.jsonl) stay usable for cross-validation: every
 * answerable one can be found relevant in the default corpus (../corpus) by score.py's rule, in a
 * passage of the kind its part names (its Code du travail articles for code questions), and none
 * copies or rewords a development question.
 */
class OwnQuestionsTest {
  private static final Path EVAL = Path.of("..", "eval");
  private static final Set<String> KINDS = Set.of("off-topic", "other-law", "absent-fact", "context-absent");
  private static final Set<String> REGISTERS = Set.of("formal", "informal", "sms", "context");

  private static List<EvalQuestion> own;
  /** Letters-only text of every passage, by kind. */
  private static final Map<SourceKind, List<String>> TEXTS = new EnumMap<>(SourceKind.class);
  /** Letters-only text of every Code du travail passage, by normalised article number. */
  private static final Map<String, List<String>> ARTICLES = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    own = read("own.jsonl");
    for (Passage p : new CorpusSource(Path.of("..", "corpus")).passages()) {
      String letters = Relevance.letters(p.text());
      TEXTS.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(letters);
      if (p.kind() == SourceKind.CODE && p.article() != null) {
        ARTICLES.computeIfAbsent(Relevance.normArticle(p.article().number()), k -> new ArrayList<>()).add(letters);
      }
    }
  }

  private static List<EvalQuestion> read(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(EVAL.resolve(file), StandardCharsets.UTF_8)) {
      return EvalQuestion.read(in, file, problem -> {
        throw new AssertionError(problem); // our own set is well formed
      });
    }
  }

  /** Whether one of the snippets is in one of the texts, on letters and digits only (score.py). */
  private static boolean found(List<String> evidence, List<String> texts) {
    return evidence.stream().map(Relevance::letters).filter(e -> !e.isEmpty())
        .anyMatch(e -> texts.stream().anyMatch(t -> t.contains(e)));
  }

  @Test
  void idsAreUniqueAndQuestionsLabelled() {
    Set<String> ids = new HashSet<>();
    for (EvalQuestion q : own) {
      assertTrue(q.id().startsWith("own-") && ids.add(q.id()), "unique own- id: " + q.id());
      assertTrue(REGISTERS.contains(q.register()), q.id() + " register " + q.register());
      if (q.answerable()) {
        assertTrue(!q.evidence().isEmpty() || !q.codeArticles().isEmpty(), q.id() + " has nothing to find");
      } else {
        assertEquals("unanswerable", q.part(), q.id());
        assertTrue(KINDS.contains(q.kind()), q.id() + " kind " + q.kind());
      }
    }
  }

  /**
   * Most share of words an own question may have in common with a development question (Jaccard,
   * words of three letters or more, accents and case aside). Two questions on the same topic
   * written apart share a third of their words at most among the own questions; 0.5 and above were
   * rewordings of a development question ("selon la CGT" added, one verb changed), which let the
   * cross-validation see the development set.
   */
  private static final double MAX_SHARED_WORDS = 0.45;

  @Test
  void noDevelopmentQuestionIsCopiedOrReworded() throws IOException {
    List<EvalQuestion> dev = new ArrayList<>();
    for (String file : List.of("dev.jsonl", "dev2.jsonl")) {
      dev.addAll(read(file));
    }
    List<String> close = new ArrayList<>();
    for (EvalQuestion q : own) {
      Set<String> words = words(q.question());
      for (EvalQuestion d : dev) {
        Set<String> other = words(d.question());
        Set<String> union = new HashSet<>(words);
        union.addAll(other);
        Set<String> shared = new HashSet<>(words);
        shared.retainAll(other);
        if (!union.isEmpty() && (double) shared.size() / union.size() >= MAX_SHARED_WORDS) {
          close.add(q.id() + " ~ " + d.id());
        }
      }
    }
    assertEquals(List.of(), close, "own questions copying or rewording a development question");
  }

  /** Words of three letters or more, lower case, without accents. */
  private static Set<String> words(String text) {
    String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    Set<String> out = new HashSet<>();
    for (String w : plain.split("[^a-z0-9]+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }

  @Test
  void everyAnswerableQuestionHasItsEvidenceInTheCorpus() {
    List<String> missing = new ArrayList<>();
    for (EvalQuestion q : own) {
      if (q.answerable() && !findable(q)) {
        missing.add(q.id());
      }
    }
    assertEquals(List.of(), missing, "answerable own questions whose evidence or articles are not in the default corpus");
  }

  private static boolean findable(EvalQuestion q) {
    return switch (q.part()) {
      case "documents" -> found(q.evidence(), TEXTS.get(SourceKind.DOCUMENT));
      case "convention" -> found(q.evidence(), TEXTS.get(SourceKind.CONVENTION));
      case "code-du-travail" -> {
        // Relevant by article number: every named article must be indexed, and a snippet, when
        // given, must be in one of them.
        List<String> texts = new ArrayList<>();
        for (String article : q.codeArticles()) {
          List<String> t = ARTICLES.get(Relevance.normArticle(article));
          if (t == null) {
            yield false;
          }
          texts.addAll(t);
        }
        yield !q.codeArticles().isEmpty() && (q.evidence().isEmpty() || found(q.evidence(), texts));
      }
      default -> false;
    };
  }
}
