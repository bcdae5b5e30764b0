package fr.permanence.app;

import fr.permanence.conversation.TrainerReports;
import fr.permanence.report.ReportFormat;
import fr.permanence.report.ReportGenerator;

/** Trainers' summary and report over the last 30 days of the question log. */
public final class LogReports implements TrainerReports {
  /** The period trainers review by default: a month of questions. */
  static final String PERIOD = "30d";

  private final ReportGenerator generator;

  public LogReports(ReportGenerator generator) {
    this.generator = generator;
  }

  @Override
  public String summary() {
    return ReportGenerator.render(generator.review(PERIOD), ReportFormat.CHAT);
  }

  @Override
  public String report() {
    return ReportGenerator.render(generator.review(PERIOD), ReportFormat.MD);
  }
}
