package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.log.Asked;
import fr.permanence.log.CitedPassage;
import fr.permanence.log.LogOptions;
import fr.permanence.log.QuestionLog;
import fr.permanence.report.ReportGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LogCommandsTest {
  private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
  private static final String ME = "console-user";

  @TempDir Path data;
  private QuestionLog log;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void open() {
    log = QuestionLog.open(data, LogOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @AfterEach
  void close() {
    log.close();
  }

  private long ask(String asker, String text) {
    return log.record(new Asked(NOW.minusSeconds(3600), "console", "", asker, text, true,
        List.of(new CitedPassage("cdt#L2315-7", "cdt", "Code du travail", "L2315-7", 5f)), 1500, "extractive"));
  }

  private int run(Callable<Integer> command, String... args) {
    return new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void feedbackRatesAnAnswerFromTheConsole() {
    long id = ask(ME, "Combien d'heures de délégation ?");
    FeedbackCommand feedback = new FeedbackCommand(() -> log, "console", ME);
    assertEquals(0, run(feedback, Long.toString(id), "👎", "cite", "le", "mauvais", "article"));
    assertEquals("Merci : avis 👎 enregistré pour la réponse n° " + id + ".\n", out.toString());
    assertEquals(1, run(new FeedbackCommand(() -> log, "console", ME), "999", "+"));
    assertEquals("Réponse n° 999 introuvable dans le journal (effacée, trop ancienne, ou journal indisponible) :"
        + " avis non enregistré.\n", err.toString());
    assertEquals(2, run(new FeedbackCommand(() -> log, "console", ME), Long.toString(id), "bof"));
    assertTrue(err.toString().contains("Avis « bof » incompris : écrivez 👍 (ou +, oui) ou 👎 (ou -, non)."),
        err.toString());
  }

  @Test
  void oubliErasesTheConsoleUsersQuestionsAndSaysHowMany() {
    ask(ME, "Première");
    ask(ME, "Deuxième");
    ask("someone-else", "Autre");
    assertEquals(0, run(new ForgetCommand(() -> log, ME)));
    assertEquals("C'est fait : 2 questions effacées et 0 avis effacé. Le journal ne garde plus rien de vous"
        + " (les prochaines questions y seront de nouveau notées).\n", out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run(new ForgetCommand(() -> log, ME), "--platform", "console", "--member", "someone-else"));
    assertTrue(out.toString().startsWith("C'est fait : 1 question effacée"), out.toString());
  }

  @Test
  void reportWritesEachFormat() throws Exception {
    ask("a", "Combien d'heures de délégation ?");
    ask("b", "combien d heures de delegation");
    log.flush(Duration.ofSeconds(30));
    ReportGenerator generator = new ReportGenerator(data, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"));
    Path html = data.resolve("bilans/mars.html");
    assertEquals(0, run(new ReportCommand(() -> generator, () -> log), "--since", "7d", "--format", "html", "-o", html.toString()));
    assertEquals("Bilan écrit dans " + html.toAbsolutePath() + " (2 questions).\n", out.toString());
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<svg id=\"chart-volume\""));
    out.getBuffer().setLength(0);
    assertEquals(0, run(new ReportCommand(() -> generator, () -> log), "--since", "7d", "--format", "chat"));
    assertTrue(out.toString().startsWith("Bilan du 8 mars 2026 au 15 mars 2026 : 2 questions, 100 % avec réponse"),
        out.toString());
    assertEquals(2, run(new ReportCommand(() -> generator, () -> log), "--format", "pdf"));
    assertTrue(err.toString().contains("Format « pdf » inconnu : choisissez html, md, csv ou chat."), err.toString());
    ReportGenerator nowhere = new ReportGenerator(data.resolve("vide"), Clock.systemUTC(), ZoneId.of("Europe/Paris"));
    assertEquals(1, run(new ReportCommand(() -> nowhere, () -> log)));
    assertTrue(err.toString().contains("Aucun journal de questions dans"), err.toString());
  }

  @Test
  void aTrainerMarksAGapHandledWithANote() throws Exception {
    log.record(new Asked(NOW.minusSeconds(3600), "console", "", "a", "Mon patron peut-il me licencier avec une IA ?",
        false, List.of(), 1500, "fallback:no-passage"));
    log.flush(Duration.ofSeconds(30));
    ReportGenerator generator = new ReportGenerator(data, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"));
    String gap = generator.review("7d").gaps().getFirst().id();
    assertEquals(0, run(new ReportCommand(() -> generator, () -> log), "gap", "handled", gap, "fiche", "IA", "ajoutée"));
    assertEquals("Sujet " + gap + " marqué comme traité : le prochain bilan l'affichera à part, avec votre note.\n", out.toString());
    assertEquals("fiche IA ajoutée", generator.review("7d").gaps().getFirst().handledNote());
    assertEquals(2, run(new ReportCommand(() -> generator, () -> log), "gap", "handled", "42", "note"));
    assertTrue(err.toString().contains("« 42 » n'est pas un identifiant de sujet"), err.toString());
  }
}
