package fr.permanence.cli;

import fr.permanence.analysis.Synonyms;
import fr.permanence.answer.AnswerComposer;
import fr.permanence.answer.QuoteCrossValidation;
import fr.permanence.answer.QuoteScorecard;
import fr.permanence.app.Permanence;
import fr.permanence.evaluation.CrossValidation;
import fr.permanence.evaluation.EvalQuestion;
import fr.permanence.evaluation.JointTuning;
import fr.permanence.evaluation.Scorecard;
import fr.permanence.evaluation.TypoPerturbation;
import fr.permanence.search.Answerability;
import fr.permanence.search.PassageSearcher;
import fr.permanence.search.RankingParameters;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Scores retrieval on question sets as the evaluation script does, in process, with the bot's
 * ranking parameters or others ({@code --param name=value}); {@code --cross-validate-param
 * name=v1,v2,...} chooses one parameter by two-fold cross-validation (fit on one half of the
 * questions, report the other) and prints the value fitted per fold and the held-out figures.
 */
@Command(name = "eval", description = "Évalue la recherche sur des questions JSONL (comme score.py) ; "
    + "--cross-validate-param choisit un paramètre de classement par validation croisée.")
final class EvalCommand implements Callable<Integer> {
  /** Passages scored per question, as score.py reads them. */
  private static final int LIMIT = 10;
  /** Context weights tried by {@code --cross-validate}. */
  private static final String CONTEXT_GRID = "contextWeight=0,0.2,0.4,0.5,0.6,0.7,0.8,1";

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUESTIONS.jsonl", description = "Jeux de questions (dev.jsonl, dev2.jsonl…).")
  List<Path> files;

  @Option(names = "--param", paramLabel = "NOM=VALEUR",
      description = "Paramètre de classement à essayer (répétable) ; un nom inconnu affiche la liste des noms.")
  List<String> params = new ArrayList<>();

  @Option(names = "--cross-validate-param", paramLabel = "NOM=V1,V2,...",
      description = "Choisit ce paramètre parmi ces valeurs sur une moitié des questions, mesure sur l'autre (répétable).")
  List<String> crossValidated = new ArrayList<>();

  @Option(names = "--tune", paramLabel = "NOM=V1,V2,...",
      description = "Choisit ensemble ces paramètres (répétable) par montée coordonnée, sur une moitié des questions, "
          + "mesure sur l'autre, puis sur toutes (valeurs par défaut à reporter).")
  List<String> tuned = new ArrayList<>();

  @Option(names = "--cross-validate", description = "Raccourci : validation croisée du poids du contexte (" + CONTEXT_GRID + ").")
  boolean crossValidate;

  @Option(names = "--lexicon", paramLabel = "DOSSIER", description = "Autre dossier de lexique (mesures d'ablation).")
  Path lexicon;

  @Option(names = "--typos", paramLabel = "GRAINE",
      description = "Évalue sur des copies des questions avec réponse où un ou deux mots longs ont une faute de frappe "
          + "(lettres inversées, omise, doublée, mauvais accent), tirées de façon reproductible de cette graine.")
  Long typoSeed;

  @Option(names = "--quotes",
      description = "Compose les réponses et compte, par fichier, celles dont la première citation contient la preuve "
          + "(evidence ou article), et celles dont une citation la contient ; avec --cross-validate-param, choisit "
          + "le paramètre sur ce compte (moitié ajustée, moitié mesurée).")
  boolean quotes;

  @Option(names = "--misses", description = "Avec --quotes : liste les questions dont la première citation ne contient pas la preuve.")
  boolean misses;

  @Override
  public Integer call() throws IOException {
    RankingParameters base = RankingParameters.DEFAULTS;
    List<Grid> grids = new ArrayList<>();
    List<JointTuning.Knob> knobs = new ArrayList<>();
    try {
      for (String t : tuned) {
        Grid g = Grid.parse(t);
        knobs.add(new JointTuning.Knob(g.name(), g.values()));
      }
      for (String p : params) {
        base = base.with(p);
      }
      for (String g : crossValidated) {
        grids.add(Grid.parse(g));
      }
      if (crossValidate) {
        grids.add(Grid.parse(CONTEXT_GRID));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Paramètre de classement invalide : " + e.getMessage(), e);
    }
    List<EvalQuestion> questions = new ArrayList<>();
    Map<Path, List<EvalQuestion>> byFile = new LinkedHashMap<>();
    for (Path file : files) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        List<EvalQuestion> read = EvalQuestion.read(in, file.toString(), spec.commandLine().getErr()::println);
        byFile.put(file, read);
        questions.addAll(read);
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "Fichier de questions introuvable : " + file, e);
      } catch (IOException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    if (typoSeed != null) {
      TypoPerturbation typos = new TypoPerturbation(typoSeed);
      questions = questions.stream().map(typos::perturb).toList();
    }
    try (Permanence bot = main.open()) {
      Path folder = lexicon != null ? lexicon : bot.settings().synonyms();
      Synonyms synonyms = Files.exists(folder) ? Synonyms.read(folder) : Synonyms.none();
      if (!knobs.isEmpty()) {
        JointTuning tuning = new JointTuning(questions, p -> {
          PassageSearcher s = new PassageSearcher(bot.index().searchers(), synonyms, Answerability.DEFAULT, p);
          return q -> s.search(q, LIMIT);
        });
        System.out.print(JointTuning.summary(tuning.run(base, knobs), knobs));
        System.out.printf("(%d sets of values searched)%n", tuning.searched());
        return 0;
      }
      if (quotes && !grids.isEmpty()) {
        for (Grid grid : grids) {
          RankingParameters from = base;
          System.out.print(QuoteCrossValidation.run(questions, grid.name(), grid.values(), v -> {
            PassageSearcher s = new PassageSearcher(bot.index().searchers(), synonyms, Answerability.DEFAULT,
                from.with(grid.name(), v));
            return new AnswerComposer(s::search, s::article, bot.settings().contact())::answer;
          }));
        }
        return 0;
      }
      if (quotes) {
        PassageSearcher s = new PassageSearcher(bot.index().searchers(), synonyms, Answerability.DEFAULT, base);
        AnswerComposer composer = new AnswerComposer(s::search, s::article, bot.settings().contact());
        for (Map.Entry<Path, List<EvalQuestion>> file : byFile.entrySet()) {
          System.out.println("== " + file.getKey());
          QuoteScorecard card = QuoteScorecard.run(file.getValue(), composer::answer);
          System.out.print(card);
          if (misses) {
            card.misses().forEach(m -> System.out.println("  " + m));
          }
        }
        System.out.println("== all files");
        System.out.print(QuoteScorecard.run(questions, composer::answer));
        return 0;
      }
      if (grids.isEmpty()) {
        PassageSearcher s = new PassageSearcher(bot.index().searchers(), synonyms, Answerability.DEFAULT, base);
        System.out.print(Scorecard.run(questions, q -> s.search(q, LIMIT)));
      }
      for (Grid grid : grids) {
        RankingParameters from = base;
        CrossValidation.Result result = CrossValidation.run(questions, grid.values(), v -> {
          PassageSearcher s = new PassageSearcher(bot.index().searchers(), synonyms, Answerability.DEFAULT,
              from.with(grid.name(), v));
          return q -> s.search(q, LIMIT);
        });
        System.out.print(result.summary(grid.name()));
      }
    }
    return 0;
  }

  /** The values of one parameter to cross-validate: "name=v1,v2,...". */
  private record Grid(String name, double[] values) {
    static Grid parse(String text) {
      int eq = text.indexOf('=');
      if (eq <= 0 || eq == text.length() - 1) {
        throw new IllegalArgumentException("expected name=v1,v2,...: \"" + text + "\"");
      }
      String name = text.substring(0, eq).strip();
      String[] parts = text.substring(eq + 1).split(",");
      double[] values = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        values[i] = RankingParameters.number(parts[i].strip(), text);
        RankingParameters.DEFAULTS.with(name, values[i]); // fails now on an unknown name or a value out of range
      }
      return new Grid(name, values);
    }
  }
}
