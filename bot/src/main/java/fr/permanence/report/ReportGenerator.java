package fr.permanence.report;

import fr.permanence.corpus.Article;
import fr.permanence.log.CitedPassage;
import fr.permanence.log.LogConfig;
import fr.permanence.log.LogDatabase;
import fr.permanence.log.LogUnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the trainers' review from the question log of a data directory and renders it as HTML,
 * Markdown, CSV or a chat summary. Reads only: it never blocks the bot (WAL readers do not).
 *
 * <p>Thread-safe when its reasker is: immutable, and each review opens a connection of its own.
 */
public final class ReportGenerator {
  /** Periods longer than this are charted per week: more than ~9 weeks of daily bars is unreadable on a phone. */
  private static final Duration DAILY_UP_TO = Duration.ofDays(62);
  /** Recurring groups shown: a training plan has room for about twenty themes. */
  static final int RECURRING_SHOWN = 20;
  /** Unanswered groups shown: the corpus gaps to fill first. */
  static final int UNANSWERED_SHOWN = 30;
  /** Badly rated answers shown. */
  static final int BADLY_RATED_SHOWN = 20;
  /** Documents and articles shown in the "most cited" lists. */
  static final int SOURCES_SHOWN = 10;

  private final LogConfig log;
  private final Reasker reasker;
  private final Clock clock;
  private final ZoneId zone;

  /**
   * @param log where the question log is
   * @param clock the time source ("the last 30 days" end now)
   * @param zone the zone days are counted in (Europe/Paris for the union)
   */
  public ReportGenerator(LogConfig log, Clock clock, ZoneId zone) {
    this(log, Reasker.NONE, clock, zone);
  }

  /**
   * @param log where the question log is
   * @param reasker asks the period's unanswered questions again against today's index
   * @param clock the time source ("the last 30 days" end now)
   * @param zone the zone days are counted in (Europe/Paris for the union)
   */
  public ReportGenerator(LogConfig log, Reasker reasker, Clock clock, ZoneId zone) {
    this.reasker = Objects.requireNonNull(reasker, "reasker");
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** The generator over the SQLite log of a data directory. */
  public ReportGenerator(Path dataDir, Clock clock, ZoneId zone) {
    this(LogConfig.sqlite(dataDir), clock, zone);
  }

  /**
   * The review of the period {@code since} ("30d", "2026-01-01"…) up to now.
   *
   * @throws IllegalArgumentException in French, for a period it cannot read
   * @throws LogUnavailableException in French, when there is no log or it cannot be read
   */
  public Review review(String since) {
    Instant to = endOfNow();
    return review(Since.parse(since, to, zone), to);
  }

  /** The review of {@code [from, to)}. */
  public Review review(Instant from, Instant to) {
    return reading(reader -> {
      Instant previousFrom = from.minus(Duration.between(from, to));
      return build(reader.read(from, to), reader.read(previousFrom, from), reader.handled(), from, to);
    });
  }

  /**
   * Whether {@code id} names a subject left unanswered in the log, whatever the period a report
   * showed it for. A gap's id is that of its label under its theme, and its label is the wording
   * of one of its questions: the ids of every unanswered question's own wording, over the whole
   * log, hold every id a report can show.
   *
   * @throws LogUnavailableException in French, when there is no log or it cannot be read
   */
  public boolean isGap(String id) {
    List<LoggedQuestion> questions = reading(reader -> reader.read(Instant.EPOCH, endOfNow()));
    return new Analysis(ThemeLexicon.standard()).entries(questions).stream()
        .filter(e -> e.outcome() == QuestionEntry.Outcome.UNANSWERED)
        .anyMatch(e -> Analysis.gapId(e.mainTheme(), e.question().text().strip()).equals(id));
  }

  /**
   * Where a period "up to now" ends: after the current millisecond, not at the current instant.
   * The log stamps a question with the millisecond it was asked in ({@code at}, truncated), and a
   * period is read as {@code at < to}: ending at {@code now} itself would leave out every question
   * asked earlier in the same millisecond, so a report made right after a question (a flush takes
   * well under a millisecond) would randomly miss it, and a gap just seen could not be marked.
   */
  private Instant endOfNow() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
  }

  /** Something read from the log. */
  @FunctionalInterface
  private interface Read<T> {
    T from(LogReader reader) throws SQLException;
  }

  private <T> T reading(Read<T> read) {
    try (Connection connection = LogDatabase.openForReading(log)) {
      return read.from(new LogReader(connection));
    } catch (SQLException e) {
      throw LogDatabase.readFailure(log, e, "Lecture du journal " + log.describe() + " impossible (" + e.getMessage()
          + ") : réessayez ; si cela persiste, vérifiez la base (sqlite3 : PRAGMA integrity_check).");
    }
  }

  /** The review rendered in {@code format}. */
  public static String render(Review review, ReportFormat format) {
    return switch (format) {
      case HTML -> new HtmlReport(review).render();
      case MD -> new MarkdownReport(review).render();
      case CSV -> new CsvReport(review).render();
      case CHAT -> ChatSummary.render(review);
    };
  }

  Review build(List<LoggedQuestion> questions, Instant from, Instant to) {
    return build(questions, List.of(), Map.of(), from, to);
  }

  Review build(List<LoggedQuestion> questions, List<LoggedQuestion> previous, Map<String, LogReader.Handled> handled,
      Instant from, Instant to) {
    Analysis analysis = new Analysis(ThemeLexicon.standard());
    List<QuestionEntry> entries = analysis.entries(questions);
    List<LoggedQuestion> answered = new ArrayList<>();
    List<LoggedQuestion> unanswered = new ArrayList<>();
    int up = 0;
    int down = 0;
    Set<String> members = new HashSet<>();
    long[] latencies = new long[questions.size()];
    for (int i = 0; i < questions.size(); i++) {
      LoggedQuestion q = questions.get(i);
      QuestionEntry.Outcome outcome = entries.get(i).outcome();
      if (outcome == QuestionEntry.Outcome.ANSWERED) {
        answered.add(q);
      } else if (outcome == QuestionEntry.Outcome.UNANSWERED) {
        unanswered.add(q);
      }
      up += q.up();
      down += q.down();
      members.add(q.asker());
      latencies[i] = q.latencyMicros();
    }
    Arrays.sort(latencies);
    long median = latencies.length == 0 ? 0 : latencies[latencies.length / 2];
    boolean weekly = Duration.between(from, to).compareTo(DAILY_UP_TO) > 0;

    // Grouped by wording only: one wrong passage quoted for two subjects must not make them one.
    List<QuestionGroup> recurring = QuestionGrouper.group(answered, false).stream()
        .filter(g -> g.count() > 1).limit(RECURRING_SHOWN).toList();
    List<Review.Gap> gaps = gaps(entries, handled);
    List<QuestionGroup> gapGroups = gaps.stream().map(Review.Gap::group).toList();
    int answeredCount = (int) entries.stream().filter(e -> e.outcome() == QuestionEntry.Outcome.ANSWERED).count();

    return new Review(from, to, zone, questions.size(), answeredCount, members.size(), up, down, median,
        weekly, volume(questions, from, to, weekly), recurring,
        gapGroups.stream().limit(UNANSWERED_SHOWN).toList(), gapGroups.size(), badlyRated(questions),
        documents(questions), articles(questions), entries, themes(entries, analysis.entries(previous)),
        shown(gaps), reasker != Reasker.NONE);
  }

  /** The gaps still open, then those handled, each list cut to {@link #UNANSWERED_SHOWN}: handled ones never crowd out the others. */
  private static List<Review.Gap> shown(List<Review.Gap> gaps) {
    List<Review.Gap> shown = new ArrayList<>(gaps.stream().filter(g -> !g.handled()).limit(UNANSWERED_SHOWN).toList());
    shown.addAll(gaps.stream().filter(Review.Gap::handled).limit(UNANSWERED_SHOWN).toList());
    return shown;
  }

  /** Questions per theme, with the previous period's count: a question counts under each of its themes. */
  private static List<Review.ThemeCount> themes(List<QuestionEntry> entries, List<QuestionEntry> previous) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (QuestionEntry e : entries) {
      if (e.outcome() == QuestionEntry.Outcome.NOISE) {
        continue;
      }
      for (String theme : e.themes().isEmpty() ? List.of(Analysis.NO_THEME) : e.themes()) {
        int[] c = counts.computeIfAbsent(theme, k -> new int[4]);
        c[0]++;
        c[2] += e.outcome() == QuestionEntry.Outcome.UNANSWERED ? 1 : 0;
        c[3] += e.flags().isEmpty() ? 0 : 1;
      }
    }
    for (QuestionEntry e : previous) {
      if (e.outcome() == QuestionEntry.Outcome.NOISE) {
        continue;
      }
      for (String theme : e.themes().isEmpty() ? List.of(Analysis.NO_THEME) : e.themes()) {
        counts.computeIfAbsent(theme, k -> new int[4])[1]++;
      }
    }
    return counts.entrySet().stream()
        .map(e -> new Review.ThemeCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
        .sorted(Comparator.comparingInt(Review.ThemeCount::count).reversed()
            .thenComparing(Comparator.comparingInt(Review.ThemeCount::previous).reversed())
            .thenComparing(Review.ThemeCount::theme))
        .toList();
  }

  /** Unanswered questions grouped by theme, then wording; each asked again against today's index. */
  private List<Review.Gap> gaps(List<QuestionEntry> entries, Map<String, LogReader.Handled> handled) {
    Map<String, List<LoggedQuestion>> byTheme = new LinkedHashMap<>();
    for (QuestionEntry e : entries) {
      if (e.outcome() == QuestionEntry.Outcome.UNANSWERED) {
        byTheme.computeIfAbsent(e.mainTheme(), k -> new ArrayList<>()).add(e.question());
      }
    }
    List<Review.Gap> gaps = new ArrayList<>();
    for (var theme : byTheme.entrySet()) {
      for (QuestionGroup g : QuestionGrouper.group(theme.getValue(), false)) {
        String id = Analysis.gapId(theme.getKey(), g.label());
        LogReader.Handled h = handled.get(id);
        int now = 0;
        List<String> sources = new ArrayList<>();
        for (String wording : g.examples()) {
          Optional<List<String>> answer = reasker.answer(wording);
          if (answer.isPresent()) {
            now++;
            answer.get().stream().filter(t -> !sources.contains(t)).forEach(sources::add);
          }
        }
        gaps.add(new Review.Gap(id, theme.getKey(), g, h == null ? null : h.note(), h == null ? null : h.at(), now,
            sources));
      }
    }
    gaps.sort(Comparator.comparingInt((Review.Gap g) -> g.group().count()).reversed());
    return gaps;
  }

  private List<Review.Volume> volume(List<LoggedQuestion> questions, Instant from, Instant to, boolean weekly) {
    TreeMap<LocalDate, int[]> counts = new TreeMap<>();
    LocalDate first = bucket(from, weekly);
    LocalDate last = bucket(to.minusMillis(1), weekly);
    for (LocalDate d = first; !d.isAfter(last); d = d.plus(1, weekly ? ChronoUnit.WEEKS : ChronoUnit.DAYS)) {
      counts.put(d, new int[2]);
    }
    for (LoggedQuestion q : questions) {
      counts.computeIfAbsent(bucket(q.at(), weekly), k -> new int[2])[q.answerable() ? 0 : 1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new Review.Volume(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  private LocalDate bucket(Instant at, boolean weekly) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
  }

  private static List<Review.RatedAnswer> badlyRated(List<LoggedQuestion> questions) {
    return questions.stream()
        .filter(q -> q.down() > 0)
        .sorted(Comparator.comparingInt(LoggedQuestion::down).reversed()
            .thenComparing(Comparator.comparing(LoggedQuestion::at).reversed()))
        .limit(BADLY_RATED_SHOWN)
        .map(q -> new Review.RatedAnswer(q.at(), q.text(), q.mode(), q.up(), q.down(), q.reasons(),
            q.cited().stream().map(Labels::passage).distinct().toList()))
        .toList();
  }

  private static List<Tally> documents(List<LoggedQuestion> questions) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (LoggedQuestion q : questions) {
      Set<String> docs = new HashSet<>();
      for (CitedPassage c : q.cited()) {
        if (docs.add(c.doc())) {
          counts.merge(c.doc(), 1, Integer::sum);
          titles.putIfAbsent(c.doc(), c.title().isEmpty() ? c.doc() : c.title());
        }
      }
    }
    return top(counts, titles);
  }

  private static List<Tally> articles(List<LoggedQuestion> questions) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (LoggedQuestion q : questions) {
      Set<String> seen = new HashSet<>();
      for (CitedPassage c : q.cited()) {
        if (c.article() != null && seen.add(c.article())) {
          counts.merge(c.article(), 1, Integer::sum);
          labels.putIfAbsent(c.article(), Article.displayNumber(c.article()));
        }
      }
    }
    return top(counts, labels);
  }

  private static List<Tally> top(Map<String, Integer> counts, Map<String, String> labels) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(SOURCES_SHOWN)
        .map(e -> new Tally(e.getKey(), labels.get(e.getKey()), e.getValue()))
        .toList();
  }
}
