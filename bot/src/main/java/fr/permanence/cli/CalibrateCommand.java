package fr.permanence.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.app.Permanence;
import fr.permanence.evaluation.EvalQuestion;
import fr.permanence.evaluation.QuestionLines;
import fr.permanence.evaluation.Relevance;
import fr.permanence.search.Answerability;
import fr.permanence.search.AnswerabilityFit;
import fr.permanence.search.Evidence;
import fr.permanence.search.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Chooses the answerability model by k-fold cross-validation: searches every question of the
 * given files (score.py's format, "answerable" true or false), fits the model on k-1 folds and
 * decides the held-out fold with it, then prints the held-out abstention figures by file, part,
 * register and kind, and the model fitted on all questions, to paste into
 * {@link Answerability#DEFAULT}. Questions naming an indexed article are always answered and are
 * left out of the fit; messages the search refuses before weighing any evidence (small talk,
 * nothing to search: no passage at all) are left out of the fit and counted as refused.
 */
@Command(name = "calibrate", description = "Choisit le modèle de décision de réponse par validation croisée (réglage).")
final class CalibrateCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "QUESTIONS.jsonl")
  List<Path> files;

  @Option(names = "--folds", defaultValue = "5", description = "Nombre de parts (défaut : ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", defaultValue = "20261130", description = "Graine du tirage des parts.")
  long seed;

  /**
   * 2 %: chosen by cross-validation over dev + dev2 + own (ten cuts into five folds, 2026-12-01):
   * the share that keeps held-out false abstention at or under 0.05 in every register while the
   * unanswerable kinds lose least (2.5 % and 3 % refuse 0.054 and 0.064 of the informal questions).
   */
  @Option(names = "--max-false-abstain", defaultValue = "0.02",
      description = "Part des questions répondables refusées tolérée à l'apprentissage (défaut : ${DEFAULT-VALUE}).")
  double maxFalseAbstain;

  @Option(names = "--per-register", defaultValue = "false",
      description = "Tient la limite de refus à tort dans chaque registre (formel, informel, SMS, contexte), pas seulement en tout.")
  boolean perRegister;

  @Option(names = "--features", paramLabel = "FILE", description = "Écrit les indices de chaque question (TSV).")
  Path featuresFile;

  /** Passages in which a relevant one makes an answerable question a positive example of the fit. */
  private static final int RETRIEVED_WITHIN = 5;

  /**
   * @param retrieved a relevant passage is among the first {@link #RETRIEVED_WITHIN}: the decision
   *     to answer is then right; an answerable question whose passages are not relevant would be
   *     answered with unrelated quotes, so it teaches nothing about evidence and is left out of
   *     the fit (it still counts in the figures, as score.py counts it)
   * @param searched the search found passages and weighed their evidence; without any the message is
   *     refused whatever the model, and teaches it nothing
   */
  private record Question(String file, JsonNode json, Evidence evidence, boolean retrieved, boolean searched) {
    boolean answerable() {
      return json.path("answerable").asBoolean(true);
    }

    List<String> groups() {
      List<String> g = new ArrayList<>(List.of("all", "file=" + file));
      String part = json.path("part").asText(!answerable() ? "unanswerable"
          : json.path("source").asText("").equals("code-du-travail") ? "code-du-travail" : "documents");
      g.add("part=" + part);
      for (String key : List.of("register", "kind")) {
        if (json.hasNonNull(key)) {
          g.add(key + "=" + json.get(key).asText());
        }
      }
      return g;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Question> questions = new ArrayList<>();
    try (Permanence bot = main.open()) {
      for (Path file : files) {
        List<JsonNode> lines;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          lines = QuestionLines.read(in, file.toString(), System.err::println);
        }
        for (JsonNode q : lines) {
          SearchResult r = bot.searcher().search(q.path("question").asText(), SearchCommand.LIMIT);
          questions.add(new Question(file.getFileName().toString(), q, r.evidence(),
              Relevance.firstRelevant(EvalQuestion.of(q), r.hits(), RETRIEVED_WITHIN) > 0, !r.hits().isEmpty()));
        }
      }
    }
    List<Question> fitted = questions.stream().filter(q -> !q.evidence().exactArticle()).toList();
    List<AnswerabilityFit.Sample> samples = fitted.stream()
        .map(q -> new AnswerabilityFit.Sample(q.evidence().features(), q.answerable(),
            perRegister ? q.json().path("register").asText("") : ""))
        .toList();
    int[] fold = AnswerabilityFit.folds(samples, folds, seed);
    boolean[] heldOut = new boolean[samples.size()];
    for (int f = 0; f < folds; f++) {
      List<AnswerabilityFit.Sample> train = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        if (fold[i] != f && teaches(fitted.get(i))) {
          train.add(samples.get(i));
        }
      }
      Answerability model = AnswerabilityFit.fit(train, maxFalseAbstain);
      for (int i = 0; i < samples.size(); i++) {
        if (fold[i] == f) {
          heldOut[i] = fitted.get(i).searched() && AnswerabilityFit.answers(model, samples.get(i).features());
        }
      }
    }
    List<AnswerabilityFit.Sample> teaching = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      if (teaches(fitted.get(i))) {
        teaching.add(samples.get(i));
      }
    }
    Answerability all = AnswerabilityFit.fit(teaching, maxFalseAbstain);
    if (featuresFile != null) {
      List<String> rows = new ArrayList<>();
      rows.add("file\tid\tanswerable\theld_out_answered\tgroups\t" + String.join("\t", Evidence.FEATURES) + "\tretrieved\tquestion");
      for (int i = 0; i < fitted.size(); i++) {
        Question q = fitted.get(i);
        rows.add(q.file() + "\t" + q.json().path("id").asText() + "\t" + q.answerable() + "\t" + heldOut[i] + "\t"
            + String.join(",", q.groups().subList(2, q.groups().size())) + "\t"
            + String.join("\t", Arrays.stream(q.evidence().features()).mapToObj(x -> String.format(Locale.ROOT, "%.3f", x)).toList())
            + "\t" + q.retrieved() + "\t" + q.json().path("question").asText().replace('\t', ' ').replace('\n', ' '));
      }
      Files.write(featuresFile, rows, StandardCharsets.UTF_8);
    }
    boolean[] inSample = new boolean[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      inSample[i] = fitted.get(i).searched() && AnswerabilityFit.answers(all, samples.get(i).features());
    }
    out.printf(Locale.ROOT, "%d questions (%d naming an indexed article, always answered, left out of the fit; "
        + "%d refused before any evidence, small talk or nothing to search, left out of the fit but counted; "
        + "%d answerable whose passages are not relevant, left out of the fit but counted), %d folds%n",
        questions.size(), questions.size() - fitted.size(), fitted.stream().filter(q -> !q.searched()).count(),
        fitted.stream().filter(q -> q.searched() && !teaches(q)).count(), folds);
    out.println("held-out (each question decided by the model fitted on the other folds):");
    report(out, fitted, heldOut);
    out.println("in-sample (the model fitted on all):");
    report(out, fitted, inSample);
    out.println("features: " + String.join(", ", Evidence.FEATURES));
    out.printf(Locale.ROOT, "new Answerability(new double[] {%s}, %.4f)%n",
        String.join(", ", Arrays.stream(all.weights()).mapToObj(w -> String.format(Locale.ROOT, "%.4f", w)).toList()),
        all.bias());
    return 0;
  }

  @Option(names = "--fit-found-only", description = "N'apprend que des questions répondables dont un passage pertinent est trouvé.")
  boolean foundOnly;

  /**
   * Whether a question is an example for the fit: searched, and unanswerable or answerable (and
   * found, with --fit-found-only).
   */
  private boolean teaches(Question q) {
    return q.searched() && (!q.answerable() || !foundOnly || q.retrieved());
  }

  private void report(PrintStream out, List<Question> questions, boolean[] answered) {
    Map<String, int[]> groups = new TreeMap<>(); // {answerable, falseAbstain, unanswerable, abstainOk}
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      for (String g : q.groups()) {
        int[] c = groups.computeIfAbsent(g, k -> new int[4]);
        if (q.answerable()) {
          c[0]++;
          c[1] += answered[i] ? 0 : 1;
        } else {
          c[2]++;
          c[3] += answered[i] ? 0 : 1;
        }
      }
    }
    groups.forEach((g, c) -> out.printf(Locale.ROOT, "  %-28s abstain_ok=%s false_abstain=%s n=%d neg=%d%n", g,
        c[2] == 0 ? "  —  " : String.format(Locale.ROOT, "%.3f", (double) c[3] / c[2]),
        c[0] == 0 ? "  —  " : String.format(Locale.ROOT, "%.3f", (double) c[1] / c[0]), c[0], c[2]));
  }
}
