package fr.permanence.cli;

import fr.permanence.log.QuestionLog;
import fr.permanence.log.Rating;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code feedback}: 👍 or 👎 on an answer, with an optional short reason. */
@Command(name = "feedback", aliases = "avis", mixinStandardHelpOptions = true,
    description = "Donne votre avis sur une réponse : feedback 12 👍, ou feedback 12 👎 la raison.")
public final class FeedbackCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "N°", description = "Numéro de la réponse (affiché sous chaque réponse).")
  long questionId;

  @Parameters(index = "1", paramLabel = "AVIS", description = "👍, +, oui, bien… ou 👎, -, non, faux…")
  String verdict;

  @Parameters(index = "2..*", paramLabel = "RAISON", description = "Pourquoi, en quelques mots (facultatif).")
  List<String> reason = List.of();

  @Spec CommandSpec spec;

  private final Supplier<QuestionLog> log;
  private final String platform;
  private final String member;

  /**
   * @param log the question log, opened when the command runs
   * @param platform the platform the rater is on ("console")
   * @param member the rater's raw id on it
   */
  public FeedbackCommand(Supplier<QuestionLog> log, String platform, String member) {
    this.log = Objects.requireNonNull(log, "log");
    this.platform = Objects.requireNonNull(platform, "platform");
    this.member = Objects.requireNonNull(member, "member");
  }

  @Override
  public Integer call() {
    Rating rating = Rating.parse(verdict).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Avis « " + verdict + " » incompris : écrivez 👍 (ou +, oui) ou 👎 (ou -, non)."));
    boolean stored = log.get().feedback(questionId, platform, member, rating, String.join(" ", reason));
    if (!stored) {
      spec.commandLine().getErr().println("Réponse n° " + questionId + " introuvable dans le journal (effacée,"
          + " trop ancienne, ou journal indisponible) : avis non enregistré.");
      return 1;
    }
    spec.commandLine().getOut().println("Merci : avis " + rating.emoji() + " enregistré pour la réponse n° "
        + questionId + ".");
    return 0;
  }
}
