package fr.permanence.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The trainers' review of one period of the log, ready to be rendered.
 *
 * @param from start of the period (inclusive)
 * @param to end of the period (exclusive)
 * @param zone the time zone days are counted in
 * @param total questions asked
 * @param answered questions the bot quoted passages for
 * @param members distinct members (pseudonyms) who asked
 * @param up 👍 received
 * @param down 👎 received
 * @param medianLatencyMicros median answering time
 * @param weekly whether {@code volume} counts weeks (long periods) rather than days
 * @param volume questions per day or week, oldest first, empty days included
 * @param recurring groups of answered questions asked at least twice, largest first
 * @param unanswered groups of questions the bot could not answer, largest first
 * @param unansweredGroups how many unanswered groups there are in all ({@code unanswered} is cut)
 * @param badlyRated answers rated 👎, most 👎 first
 * @param documents documents quoted, by questions quoting them
 * @param articles Code du travail articles quoted, by questions quoting them
 * @param entries every question of the period, oldest first, with themes, outcome and flags
 * @param themes questions per theme, most asked first, with the previous period's count
 * @param gaps unanswered questions grouped by theme and wording: those still open, largest first, then
 *     those trainers marked handled, largest first
 * @param reasked whether the period's unanswered questions were asked again against today's index
 */
public record Review(
    Instant from, Instant to, ZoneId zone, int total, int answered, int members, int up, int down,
    long medianLatencyMicros, boolean weekly, List<Volume> volume, List<QuestionGroup> recurring,
    List<QuestionGroup> unanswered, int unansweredGroups, List<RatedAnswer> badlyRated, List<Tally> documents,
    List<Tally> articles, List<QuestionEntry> entries, List<ThemeCount> themes, List<Gap> gaps, boolean reasked) {
  public Review {
    volume = List.copyOf(volume);
    recurring = List.copyOf(recurring);
    unanswered = List.copyOf(unanswered);
    badlyRated = List.copyOf(badlyRated);
    documents = List.copyOf(documents);
    articles = List.copyOf(articles);
    entries = List.copyOf(entries);
    themes = List.copyOf(themes);
    gaps = List.copyOf(gaps);
  }

  /** The period's length in days (the previous period compared has the same). */
  public long periodDays() {
    return Math.max(1, Duration.between(from, to).toDays());
  }

  /** Answers flagged as probably wrong. */
  public long flagged() {
    return entries.stream().filter(e -> !e.flags().isEmpty()).count();
  }

  /**
   * Questions of one theme.
   *
   * @param theme its name
   * @param count questions of the period with this theme
   * @param previous questions of the previous period of the same length with this theme
   * @param unanswered of {@code count}, those without an answer
   * @param flagged of {@code count}, those whose answer is probably wrong
   */
  public record ThemeCount(String theme, int count, int previous, int unanswered, int flagged) {
    /** "+3", "−2", "=" or "nouveau". */
    public String trend() {
      if (previous == 0) {
        return count > 0 ? "nouveau" : "=";
      }
      int d = count - previous;
      return d == 0 ? "=" : d > 0 ? "+" + d : "\u2212" + (-d);
    }
  }

  /**
   * A subject members asked about and got no answer for.
   *
   * @param id a stable id, to mark it handled ({@code formateurs traite ID note} in the chats,
   *     {@code report gap handled ID "note"} on the command line)
   * @param theme its theme
   * @param group its questions
   * @param handledNote what a trainer noted when marking it handled, or null
   * @param handledAt when it was marked handled, or null
   * @param answeredNow how many of its wordings today's index answers
   * @param nowSources what today's answers would quote
   */
  public record Gap(String id, String theme, QuestionGroup group, String handledNote, Instant handledAt,
      int answeredNow, List<String> nowSources) {
    public Gap {
      nowSources = List.copyOf(nowSources);
    }

    /** Whether a trainer marked it handled. */
    public boolean handled() {
      return handledNote != null;
    }
  }

  /** The gaps nobody marked handled yet, largest first. */
  public List<Gap> openGaps() {
    return gaps.stream().filter(g -> !g.handled()).toList();
  }

  /** The gaps trainers marked handled, largest first: shown apart, with their note. */
  public List<Gap> handledGaps() {
    return gaps.stream().filter(Gap::handled).toList();
  }

  /** Share of questions answered, 0–100. */
  public int answeredPercent() {
    return total == 0 ? 0 : Math.round(100f * answered / total);
  }

  /** Share of 👍 among ratings, or -1 when nobody rated. */
  public int satisfactionPercent() {
    return up + down == 0 ? -1 : Math.round(100f * up / (up + down));
  }

  /**
   * Questions of one day or week.
   *
   * @param start the day, or the Monday of the week
   * @param answered questions answered
   * @param unanswered questions not answered
   */
  public record Volume(LocalDate start, int answered, int unanswered) {
    public int total() {
      return answered + unanswered;
    }
  }

  /**
   * An answer rated 👎.
   *
   * @param at when the question was asked
   * @param question the question, verbatim
   * @param mode how the answer was produced
   * @param up 👍 received
   * @param down 👎 received
   * @param reasons the reasons given, verbatim
   * @param passages the passages the answer quoted, best first
   */
  public record RatedAnswer(
      Instant at, String question, String mode, int up, int down, List<String> reasons, List<String> passages) {
    public RatedAnswer {
      reasons = List.copyOf(reasons);
      passages = List.copyOf(passages);
    }
  }
}
