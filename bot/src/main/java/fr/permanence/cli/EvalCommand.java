package fr.permanence.cli;

import fr.permanence.analysis.Synonyms;
import fr.permanence.app.Permanence;
import fr.permanence.evaluation.CrossValidation;
import fr.permanence.evaluation.EvalQuestion;
import fr.permanence.evaluation.Scorecard;
import fr.permanence.search.Answerability;
import fr.permanence.search.PassageSearcher;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.synonym.SynonymMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Scores retrieval on question sets as the evaluation script does, in process; with
 * {@code --cross-validate}, chooses the context weight of situation-rich questions by two-fold
 * cross-validation and prints the held-out figures.
 */
@Command(name = "eval", description = "Évalue la recherche sur des questions JSONL (comme score.py) ; "
    + "--cross-validate choisit le poids du contexte par validation croisée.")
final class EvalCommand implements Callable<Integer> {
  /** Passages scored per question, as score.py reads them. */
  private static final int LIMIT = 10;
  /** Context weights tried by the cross-validation. */
  private static final double[] GRID = {0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0};

  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "QUESTIONS.jsonl", description = "Jeux de questions (dev.jsonl, dev2.jsonl…).")
  List<Path> files;

  @Option(names = "--cross-validate", description = "Choisit le poids du contexte sur une moitié, mesure sur l'autre.")
  boolean crossValidate;

  @Option(names = "--context-weight", paramLabel = "W", description = "Poids du contexte (défaut : celui du bot).")
  Double contextWeight;

  @Option(names = "--lexicon", paramLabel = "DOSSIER", description = "Autre dossier de lexique (mesures d'ablation).")
  Path lexicon;

  @Override
  public Integer call() throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    for (Path file : files) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        questions.addAll(EvalQuestion.read(in));
      } catch (IOException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    try (Permanence bot = main.open()) {
      Path folder = lexicon != null ? lexicon : bot.settings().synonyms();
      SynonymMap synonyms = Files.exists(folder) ? Synonyms.read(folder) : Synonyms.none();
      if (crossValidate) {
        CrossValidation.Result result = CrossValidation.run(questions, GRID, w -> {
          PassageSearcher s = new PassageSearcher(bot.index().searchers(), synonyms, Answerability.DEFAULT, w);
          return q -> s.search(q, LIMIT);
        });
        System.out.print(result.summary("context-weight"));
      } else {
        double w = contextWeight != null ? contextWeight : PassageSearcher.CONTEXT_WEIGHT;
        PassageSearcher s = new PassageSearcher(bot.index().searchers(), synonyms, Answerability.DEFAULT, w);
        System.out.print(Scorecard.run(questions, q -> s.search(q, LIMIT)));
      }
    }
    return 0;
  }
}
