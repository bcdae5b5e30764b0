package fr.permanence.report;

import fr.permanence.log.Asked;
import fr.permanence.log.CitedPassage;
import fr.permanence.log.LogOptions;
import fr.permanence.log.QuestionLog;
import fr.permanence.log.Rating;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** A real question log with a known month of questions, for the report tests. */
final class ReportFixture {
  static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final String NASTY_SQL = "'); DROP TABLE question; -- <script>alert('x')</script>";
  static final String NASTY_CONTROLS = "bell\u0007 nul\u0000 esc\u001b[31m c1\u0085 fin";
  static final String NASTY_RTL = "\u202Eegassem\u202C \u200Fdroite";
  /** 100,000 characters without a space: nothing to wrap at, it must not widen the page. */
  static final String HUGE = "délégation".repeat(10_000);

  private static final String CSE_PLAN = "Partie législative > Deuxième partie : Les relations collectives de travail"
      + " > Livre III : Les institutions représentatives du personnel > Titre Ier : Comité social et économique"
      + " > Chapitre V : Fonctionnement";
  private static final CitedPassage L2315_7 = new CitedPassage("cdt#L2315-7", "cdt", "Code du travail", "L2315-7", 9f, CSE_PLAN);
  private static final CitedPassage L2315_16 = new CitedPassage("cdt#L2315-16", "cdt", "Code du travail", "L2315-16", 8f, CSE_PLAN);
  private static final CitedPassage GUIDE = new CitedPassage("guide-cse#p12-ab34", "guide-cse", "Guide du CSE", null, 7f,
      "Les moyens des élus");
  private static final CitedPassage TELETRAVAIL = new CitedPassage("guide-num#p4-cd56", "guide-num",
      "Guide du numérique", null, 5f, "Le télétravail et ses outils");
  private static final CitedPassage L1222_4 = new CitedPassage("cdt#L1222-4", "cdt", "Code du travail", "L1222-4", 6f,
      "Partie législative > Première partie : Les relations individuelles de travail > Livre II : Le contrat de travail"
          + " > Titre II : Formation et exécution du contrat de travail > Chapitre II : Exécution et modification");

  private ReportFixture() {}

  static ReportGenerator generator(Path data) {
    return new ReportGenerator(data, Clock.fixed(NOW, ZoneOffset.UTC), PARIS);
  }

  /** Fills the log of {@code data}. */
  static void fill(Path data) {
    try (QuestionLog log = QuestionLog.open(data, LogOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)))) {
      // Recurring: 4 wordings about delegation hours, 3 days ago, answered by L2315-7 (+ the guide).
      long first = ask(log, 3, "alice", "Combien d'heures de délégation pour un élu CSE ?", L2315_7, GUIDE);
      ask(log, 3, "bob", "combien d heures de delegation pour un elu du cse", L2315_7);
      ask(log, 2, "carol", "Combien d'heures de délégation pour un élu CSE ?", L2315_7, GUIDE);
      ask(log, 2, "dave", "Mon crédit d'heures de délégué ?", L2315_7);
      ask(log, 2, "lea", "Heures de délégation d'un élu CSE suppléant, combien ?", L2315_7);
      log.feedback(first, "discord", "alice", Rating.UP, "");
      // Recurring: training costs, twice, one thumbs down.
      long costs = ask(log, 1, "erin", "Qui paie la formation des élus ?", L2315_16);
      ask(log, 1, "frank", "Qui paye la formation des élus", L2315_16);
      log.feedback(costs, "discord", "erin", Rating.DOWN, "Ne parle pas du CPF");
      // Unanswered: three about algorithmic dismissal, one odd one.
      ask(log, 5, "gail", "Mon patron peut-il me licencier avec une IA ?");
      ask(log, 4, "hana", "mon patron peut il me licencier avec une ia");
      ask(log, 0, "ines", "Mon patron peut-il me licencier avec une IA ?");
      ask(log, 0, "jo", "Congé paternité et télétravail ?");
      // Malicious words.
      long nasty = ask(log, 0, "kim", NASTY_SQL, GUIDE);
      log.feedback(nasty, "discord", "kim", Rating.DOWN, NASTY_CONTROLS);
      ask(log, 0, "kim", NASTY_RTL);
      ask(log, 0, "kim", HUGE);
      // Noise: commands and a rating typed as questions.
      ask(log, 1, "nina", "clear");
      ask(log, 1, "nina", "clear");
      ask(log, 1, "nina", "👎 hors sujet, ça ne parle pas de mon cas");
      // A weak match on Matrix: barely above the answerability floor.
      record(log, 4, "matrix", "oscar", "Mon employeur peut-il imposer le télétravail cinq jours par semaine ?",
          "Le guide dit : « Le télétravail… »", 0.25, TELETRAVAIL);
      // A rephrase: the same member asks again three minutes later, in other words.
      record(log, 6, "discord", "mia", "Mon employeur peut-il lire mes mails professionnels ?",
          "Le Code du travail dit : « Aucune information… »", 0.6, L1222_4);
      log.record(new Asked(NOW.minus(Duration.ofDays(6)).plusSeconds(120), "discord", "salon", "mia",
          "L'employeur a-t-il le droit de lire mes mails perso au travail ?", true, List.of(L1222_4), 2000,
          "extractive", "Le Code du travail dit : « Aucune information… »", 0.7));
      // The previous period (30 to 60 days ago): congés were asked about then.
      ask(log, 40, "old", "Question ancienne hors période");
      ask(log, 35, "old", "Combien de jours de congés payés par an ?", GUIDE);
      ask(log, 36, "old2", "Mes congés payés pendant un arrêt maladie ?", GUIDE);
      log.flush(Duration.ofSeconds(30));
    }
  }

  private static long record(QuestionLog log, int daysAgo, String platform, String asker, String text, String answer,
      double evidence, CitedPassage... cited) {
    return log.record(new Asked(NOW.minus(Duration.ofDays(daysAgo)).minusSeconds(60), platform, "salon", asker, text,
        cited.length > 0, List.of(cited), 2_000, "extractive", answer, evidence));
  }

  private static long ask(QuestionLog log, int daysAgo, String asker, String text, CitedPassage... cited) {
    // A minute before: the period ends now, exclusive.
    return log.record(new Asked(NOW.minus(Duration.ofDays(daysAgo)).minusSeconds(60), "discord", "salon", asker, text,
        cited.length > 0, List.of(cited), 2_000 + text.length() % 1000, cited.length > 0 ? "extractive" : "fallback:no-passage"));
  }
}
