package fr.permanence.cli;

import fr.permanence.log.Erasure;
import fr.permanence.log.LogUnavailableException;
import fr.permanence.log.QuestionLog;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oubli}: a member erases all of their questions and ratings from the log. */
@Command(name = "oubli", aliases = "forget", mixinStandardHelpOptions = true,
    description = "Efface du journal toutes vos questions et tous vos avis, et dit combien ont été effacés.")
public final class ForgetCommand implements Callable<Integer> {
  @Option(names = "--platform", defaultValue = "console", paramLabel = "PLATEFORME",
      description = "Plateforme des questions à effacer. Défaut : ${DEFAULT-VALUE}.")
  String platform;

  @Option(names = "--member", paramLabel = "IDENTIFIANT",
      description = "Identifiant du membre sur cette plateforme (défaut : vous, dans la console).")
  String member;

  @Spec CommandSpec spec;

  private final Supplier<QuestionLog> log;
  private final String consoleMember;

  /**
   * @param log the question log, opened when the command runs
   * @param consoleMember the raw id the console logs its user under (the same the chat uses)
   */
  public ForgetCommand(Supplier<QuestionLog> log, String consoleMember) {
    this.log = Objects.requireNonNull(log, "log");
    this.consoleMember = Objects.requireNonNull(consoleMember, "consoleMember");
  }

  @Override
  public Integer call() {
    try {
      Erasure erased = log.get().erase(platform, member == null ? consoleMember : member);
      spec.commandLine().getOut().println(erased.message());
      return 0;
    } catch (LogUnavailableException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
  }
}
