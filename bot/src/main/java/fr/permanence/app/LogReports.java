package fr.permanence.app;

import fr.permanence.conversation.TrainerReports;
import fr.permanence.log.QuestionLog;
import fr.permanence.report.GapMarking;
import fr.permanence.report.ReportFormat;
import fr.permanence.report.ReportGenerator;
import java.util.Objects;

/**
 * Trainers' summary and report over the last 30 days of the question log, and the gaps they
 * mark handled. Thread-safe: the generator reads through its own connection, the log takes
 * writes from any thread.
 */
public final class LogReports implements TrainerReports {
  /** The period trainers review by default: a month of questions. */
  static final String PERIOD = "30d";

  private final ReportGenerator generator;
  private final QuestionLog log;

  public LogReports(ReportGenerator generator, QuestionLog log) {
    this.generator = Objects.requireNonNull(generator, "generator");
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public String summary() {
    return ReportGenerator.render(generator.review(PERIOD), ReportFormat.CHAT);
  }

  @Override
  public String report() {
    return ReportGenerator.render(generator.review(PERIOD), ReportFormat.MD);
  }

  @Override
  public String markHandled(String gap, String note) {
    return GapMarking.mark(log, generator, gap, note).message();
  }
}
