package fr.permanence.report;

import fr.permanence.log.CitedPassage;
import fr.permanence.log.Rating;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What trainers need to know of each question: its themes (from its words, the plan of the Code
 * du travail above the articles quoted, the headings of the union's documents quoted), whether it
 * was a question at all, and whether its answer was probably wrong.
 */
final class Analysis {
  static final String NO_THEME = "Sans thème";
  /**
   * An answer whose best passage scored under 0.3 of the question's weight matched weakly: 1.3
   * times the relative-score floor the bot answered from before its answerability model (0.235),
   * the band where off-topic passages were quoted.
   */
  static final double WEAK_EVIDENCE = 0.3;
  /** A member asking again this soon, in similar words, did not get what they needed. */
  static final Duration REPHRASE_WITHIN = Duration.ofMinutes(10);
  /** Share of common words from which two questions of one member ask the same thing again. */
  static final double REPHRASE_SIMILARITY = 0.2;
  /** Commands and chatter typed where a question was expected (folded: no accents, lower case). */
  private static final Set<String> COMMANDS = Set.of(
      "clear", "cls", "exit", "quit", "quitter", "help", "aide", "stop", "start", "reset", "menu", "test",
      "ok", "merci", "bonjour", "salut", "coucou", "oui", "non", "hello", "hi", "bye", "ls", "q");

  private final ThemeLexicon lexicon;

  Analysis(ThemeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The entries of {@code questions} (oldest first), in the same order. */
  List<QuestionEntry> entries(List<LoggedQuestion> questions) {
    Set<Long> rephrased = rephrased(questions);
    List<QuestionEntry> entries = new ArrayList<>(questions.size());
    for (LoggedQuestion q : questions) {
      boolean noise = isNoise(q.text());
      QuestionEntry.Outcome outcome = noise ? QuestionEntry.Outcome.NOISE
          : q.answerable() ? QuestionEntry.Outcome.ANSWERED : QuestionEntry.Outcome.UNANSWERED;
      Set<Flag> flags = EnumSet.noneOf(Flag.class);
      if (noise) {
        // Not a question: whatever was answered to "clear" is not a wrong answer to a member.
        entries.add(new QuestionEntry(q, List.of(), QuestionEntry.Outcome.NOISE, flags,
            q.cited().stream().map(Labels::passage).distinct().toList(), List.of()));
        continue;
      }
      if (q.answerable() && !Double.isNaN(q.evidence()) && q.evidence() < WEAK_EVIDENCE) {
        flags.add(Flag.WEAK);
      }
      if (q.answerable() && rephrased.contains(q.id())) {
        flags.add(Flag.REPHRASED);
      }
      if (q.down() > 0) {
        flags.add(Flag.THUMBS_DOWN);
      }
      List<String> sources = q.cited().stream().map(Labels::passage).distinct().toList();
      List<String> documents = q.cited().stream().map(c -> c.title().isEmpty() ? c.doc() : c.title()).distinct().toList();
      entries.add(new QuestionEntry(q, noise ? List.of() : themes(q), outcome, flags, sources, documents));
    }
    return entries;
  }

  /** The themes of a question: its own words first, then where its answer's passages sit. */
  List<String> themes(LoggedQuestion q) {
    Set<String> themes = new LinkedHashSet<>(lexicon.themesOf(q.text()));
    // Only the best passage speaks for the subject: lower ones are context, and never theme an unanswered question.
    if (q.answerable() && q.top() != null) {
      CitedPassage top = q.top();
      // An article, or a fact sheet citing one, sits in the Code du travail's plan; other sources have headings.
      String plan = top.section().startsWith("Partie ") ? planTheme(top.section()) : "";
      if (!plan.isEmpty()) {
        themes.add(plan);
      } else if (themes.isEmpty()) {
        themes.addAll(lexicon.themesOf(top.section()));
      }
    }
    return List.copyOf(themes);
  }

  /**
   * The theme the Code du travail's own plan gives an article: its titre ("Comité social et
   * économique"), prefixed so trainers see it is the code's plan: "Code du travail : Comité…".
   */
  static String planTheme(String path) {
    String titre = "";
    String livre = "";
    for (String level : path.split(" > ")) {
      String l = level.strip();
      String name = l.contains(" : ") ? l.substring(l.indexOf(" : ") + 3).strip() : "";
      if (l.startsWith("Titre")) {
        titre = name;
      } else if (l.startsWith("Livre")) {
        livre = name;
      }
    }
    String name = !titre.isEmpty() ? titre : livre;
    return name.isEmpty() ? "" : "Code du travail : " + name;
  }

  /** Not a question: a lone word, a command, a rating sent as text. */
  static boolean isNoise(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.startsWith("/") || t.startsWith("!")) {
      return true;
    }
    int first = t.codePointAt(0);
    if (first == 0x1F44D || first == 0x1F44E) { // 👍 👎 with anything after: feedback typed as a question
      return true;
    }
    String folded = ThemeLexicon.fold(t).strip();
    if (COMMANDS.contains(folded) || Rating.parse(t).isPresent()) {
      return true;
    }
    return Wording.tokens(t).length <= 1 && !folded.contains(" ");
  }

  /** Ids of answered questions the same member asked again, in similar words, within minutes. */
  private static Set<Long> rephrased(List<LoggedQuestion> questions) {
    Map<String, List<LoggedQuestion>> byAsker = new HashMap<>();
    for (LoggedQuestion q : questions) {
      byAsker.computeIfAbsent(q.platform() + "\u0000" + q.asker(), k -> new ArrayList<>()).add(q);
    }
    Set<Long> ids = new HashSet<>();
    for (List<LoggedQuestion> mine : byAsker.values()) {
      for (int i = 0; i + 1 < mine.size(); i++) {
        LoggedQuestion q = mine.get(i);
        String[] words = Wording.tokens(q.text());
        for (int j = i + 1; j < mine.size(); j++) {
          LoggedQuestion next = mine.get(j);
          if (Duration.between(q.at(), next.at()).compareTo(REPHRASE_WITHIN) > 0) {
            break;
          }
          if (!isNoise(next.text()) && !next.text().strip().equalsIgnoreCase(q.text().strip())
              && Wording.jaccard(words, Wording.tokens(next.text())) >= REPHRASE_SIMILARITY) {
            ids.add(q.id());
            break;
          }
        }
      }
    }
    return ids;
  }

  /** A stable id for a gap, from its theme and wording: "g-" and 8 hex digits. */
  static String gapId(String theme, String wording) {
    String key = theme + "\u0000" + String.join(" ", Wording.tokens(wording));
    return "g-" + String.format(Locale.ROOT, "%08x", key.hashCode());
  }
}
