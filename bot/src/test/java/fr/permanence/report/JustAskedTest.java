package fr.permanence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.log.Asked;
import fr.permanence.log.LogOptions;
import fr.permanence.log.QuestionLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question asked a moment ago is in the next report. The log stamps questions in whole
 * milliseconds; a report made within the same millisecond as the question (a flush takes less)
 * once left it out, because its period ended at the current instant, exclusive.
 */
class JustAskedTest {
  /** A millisecond and a few hundred microseconds of it: when the question is asked. */
  private static final Instant ASKED = Instant.parse("2026-03-15T10:00:00.000300Z");
  /** When the trainer asks for the report: later, within the same millisecond. */
  private static final Instant REPORTED = Instant.parse("2026-03-15T10:00:00.000700Z");
  private static final String QUESTION = "Puis-je poser mes congés pendant un préavis de démission ?";

  @TempDir Path data;

  @Test
  void aQuestionAskedInTheSameMillisecondIsInTheReportAndItsGapCanBeMarked() {
    ReportGenerator trainers = askThenReportAt(REPORTED);
    Review review = trainers.review("30d");
    assertEquals(List.of(QUESTION), review.entries().stream().map(e -> e.question().text()).toList());
    assertEquals(1, review.gaps().size());
    String gap = review.gaps().getFirst().id();
    assertTrue(trainers.isGap(gap), gap);
  }

  @Test
  void aQuestionAskedAtTheVeryInstantOfTheReportIsInIt() {
    ReportGenerator trainers = askThenReportAt(ASKED);
    assertEquals(1, trainers.review("30d").total());
    assertEquals(1, trainers.review("1h").total());
  }

  /** Logs {@link #QUESTION} at {@link #ASKED}, flushes, and returns the trainers' generator with its clock at {@code reported}. */
  private ReportGenerator askThenReportAt(Instant reported) {
    try (QuestionLog log = QuestionLog.open(data, LogOptions.defaults().withClock(Clock.fixed(ASKED, ZoneOffset.UTC)))) {
      log.record(new Asked(ASKED, "console", "terminal", "gaelle", QUESTION, false, List.of(), 1_200, "extractive"));
      assertTrue(log.flush(Duration.ofSeconds(30)));
    }
    return new ReportGenerator(data, Clock.fixed(reported, ZoneOffset.UTC), ReportFixture.PARIS);
  }
}
