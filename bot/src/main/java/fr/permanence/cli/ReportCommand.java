package fr.permanence.cli;

import fr.permanence.log.LogUnavailableException;
import fr.permanence.log.QuestionLog;
import fr.permanence.report.GapMarking;
import fr.permanence.report.ReportFormat;
import fr.permanence.report.ReportGenerator;
import fr.permanence.report.Review;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report}: the trainers' review of the question log. */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = ReportCommand.GapCommand.class,
    description = "Bilan des questions pour les formateurs : volume, questions récurrentes, questions sans"
        + " réponse, réponses mal notées, sources les plus citées. Les membres n'y figurent que sous pseudonyme.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--since", defaultValue = "30d", paramLabel = "PÉRIODE",
      description = "Période : 30d (jours), 12w (semaines), 6m (mois), 1y (an) ou une date 2026-01-31. Défaut : ${DEFAULT-VALUE}.")
  String since;

  @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
      description = "html (page autonome avec graphiques), md, csv ou chat (résumé court). Défaut : ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FICHIER",
      description = "Fichier à écrire (sinon la sortie standard).")
  Path output;

  @Spec CommandSpec spec;

  private final Supplier<ReportGenerator> generator;
  private final Supplier<QuestionLog> log;

  /**
   * @param generator the generator over the question log, made when the command runs
   * @param log the question log, opened when a gap is marked handled
   */
  public ReportCommand(Supplier<ReportGenerator> generator, Supplier<QuestionLog> log) {
    this.generator = Objects.requireNonNull(generator, "generator");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** {@code report gap handled ID NOTE…}: a trainer says what was done about an unanswered subject. */
  @Command(name = "gap", mixinStandardHelpOptions = true, subcommands = GapHandled.class,
      description = "Sujets restés sans réponse.")
  static final class GapCommand implements Runnable {
    @ParentCommand ReportCommand report;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "Précisez : report gap handled ID \"note\".");
    }
  }

  @Command(name = "handled", mixinStandardHelpOptions = true,
      description = "Marque un sujet sans réponse comme traité, avec une note (ce qui a été fait) ; le bilan l'affiche.")
  static final class GapHandled implements Callable<Integer> {
    @ParentCommand GapCommand gap;

    @Parameters(index = "0", paramLabel = "ID", description = "L'identifiant du sujet (g-…) montré par le bilan.")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NOTE", description = "Ce qui a été fait.")
    List<String> note;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      QuestionLog log = gap.report.log.get();
      GapMarking.Outcome outcome = GapMarking.mark(log, gap.report.generator.get(), id, String.join(" ", note));
      switch (outcome.result()) {
        case MARKED -> spec.commandLine().getOut().println(outcome.message());
        case REFUSED -> throw new ParameterException(spec.commandLine(), outcome.message());
        case UNKNOWN, UNAVAILABLE -> spec.commandLine().getErr().println(outcome.message());
      }
      return outcome.result() == GapMarking.Result.MARKED ? 0 : 1;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat chosen;
    Review review;
    try {
      chosen = ReportFormat.parse(format);
      review = generator.get().review(since);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    } catch (LogUnavailableException e) {
      err.println(e.getMessage());
      return 1;
    }
    String text = ReportGenerator.render(review, chosen);
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      Path parent = output.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(output, text, StandardCharsets.UTF_8);
      out.println("Bilan écrit dans " + output.toAbsolutePath() + " (" + review.total() + " questions).");
    }
    return 0;
  }
}
