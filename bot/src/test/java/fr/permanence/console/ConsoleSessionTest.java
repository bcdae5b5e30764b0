package fr.permanence.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.Bot;
import fr.permanence.app.Settings;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Role;
import fr.permanence.files.DataFolder;
import fr.permanence.moderation.UploadPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as a new user meets it, on the real bot over a temporary data folder: each line in,
 * the exact French text out, and what the question log keeps checked in its SQLite file.
 */
class ConsoleSessionTest {
  private static final String CONTACT = "permanence@union.example";
  private static final String QUESTION = "Le CSE peut-il faire appel à un expert habilité ?";

  @TempDir static Path data;
  private static Bot bot;

  private final StringWriter text = new StringWriter();
  private final RecordingScreen screen = new RecordingScreen();

  @BeforeAll
  static void openBot() throws IOException {
    Path home = Path.of("..").toAbsolutePath().normalize();
    bot = Bot.open(Settings.from(Map.of("PERMANENCE_CONTACT", CONTACT), home, data),
        Map.of(), null, line -> { }, line -> { });
  }

  @AfterAll
  static void closeBot() throws IOException {
    bot.close();
  }

  /** A session for {@code user}: each test has its own person, so that rate limits do not mix. */
  private ConsoleSession session(String user) {
    return new ConsoleSession(bot.conversation(), new UploadPolicy(100_000), new DataFolder(data).reports(), user,
        new PrintWriter(text, true), screen, Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC));
  }

  /** What the session printed for {@code line}. */
  private String say(ConsoleSession session, String line) {
    text.getBuffer().setLength(0);
    assertTrue(session.handle(line), line);
    return text.toString();
  }

  @Test
  void aideShowsEveryCommandExactlyAsTyped() throws Exception {
    String expected = """
        Je réponds aux questions sur le droit du travail et le numérique en citant les documents du syndicat et \
        le Code du travail, avec leurs sources.

        • posez votre question telle quelle, par exemple : Le CSE doit-il être consulté avant l'arrivée d'un \
        outil d'IA ?
        • article <numéro> — le texte d'un article du Code du travail (ex. article L2312-8)
        • voir <identifiant> — un passage cité, en entier
        • 👍 ou 👎 — noter la réponse affichée ; après 👎, dites ce qui n'allait pas (ex. 👎 hors sujet)
        • oubli — effacer vos questions et avis enregistrés
        • aide — ce message

        Formateurs et formatrices :
        • formateurs resume — les questions récentes en bref
        • formateurs rapport — le rapport complet, en fichier
        • formateurs traite ID note — marquer un sujet sans réponse du rapport comme traité, avec ce qui a été fait

        Modération du corpus :
        • corpus liste — les documents et leurs passages
        • corpus ajouter FICHIER --titre … [--annee …] — ajouter un document PDF, texte (.txt) ou Markdown (.md)
        • corpus remplacer NOM FICHIER — remplacer le texte d'un document
        • corpus retirer NOM — retirer un document (son texte est archivé)
        • corpus restaurer NOM — remettre le dernier texte archivé d'un document, ou une archive nommée dans \
        l'historique
        • corpus historique — les dernières modifications du corpus
        • corpus reconstruire — reconstruire l'index
        • corpus etat — l'état du corpus et de l'index

        Je ne remplace pas un conseil personnalisé : pour votre situation, contactez la permanence : \
        permanence@union.example

        """;
    ConsoleSession session = session("aida");
    int questions = count("SELECT count(*) FROM question");
    assertEquals(expected, say(session, "aide"));
    assertEquals(expected, say(session, "/aide"));
    // Each command works as the help shows it, with or without the slash, and is never a question.
    assertFalse(say(session, "formateurs resume").contains("disent nos textes"), text.toString());
    assertTrue(say(session, "/corpus liste").contains(" documents, "), text.toString());
    assertTrue(say(session, "corpus etat").startsWith("Corpus : "), text.toString());
    assertEquals(questions, count("SELECT count(*) FROM question"));
  }

  @Test
  void aQuestionThenThumbsUpRatesTheAnswerJustShown() throws Exception {
    ConsoleSession session = session("ulysse");
    String answer = say(session, QUESTION);
    assertTrue(answer.startsWith("« ") || answer.startsWith("Voici ce que disent nos textes :"),
        "a quoted plain sentence first, or the introduction: " + answer);
    assertTrue(answer.contains("\n(👍 ou 👎 pour noter cette réponse, suivi si besoin de la raison ; « voir "), answer);

    assertEquals("Merci pour votre retour !\n\n", say(session, "👍"));
    assertEquals(1, count("SELECT count(*) FROM feedback f JOIN question q ON q.id = f.question_id "
        + "WHERE f.rating = 1 AND q.text = '" + QUESTION.replace("'", "''") + "'"));
  }

  @Test
  void aThumbsDownWithAReasonIsFeedbackWithItsReasonNeverAQuestion() throws Exception {
    ConsoleSession session = session("denise");
    say(session, "Combien de jours de congés payés par mois de travail ?");
    int questions = count("SELECT count(*) FROM question");

    assertEquals("Merci pour votre retour, raison notée : il nous aide à améliorer les réponses. Pour votre "
        + "situation, la permanence peut vous aider : " + CONTACT + "\n\n", say(session, "👎 hors sujet"));
    assertEquals(questions, count("SELECT count(*) FROM question"), "the vote is not a question");
    assertEquals(1, count("SELECT count(*) FROM feedback WHERE rating = -1 AND reason = 'hors sujet'"));
  }

  @Test
  void aVoteRatesOnlyTheAnswerJustShown() {
    ConsoleSession session = session("victor");
    assertEquals("Il n'y a pas de réponse à noter : 👍 ou 👎 notent la réponse qui vient d'être affichée.\n\n",
        say(session, "👎"));
    say(session, QUESTION);
    say(session, "oubli");
    assertEquals("Il n'y a pas de réponse à noter : 👍 ou 👎 notent la réponse qui vient d'être affichée.\n\n",
        say(session, "👎"), "an erased answer is no longer rated");
    assertEquals(1, screen.historyForgotten, "oubli empties the typed history too");
  }

  @Test
  void loneTerminalWordsAreObeyedOrIgnoredNeverLogged() throws Exception {
    ConsoleSession session = session("clara");
    int questions = count("SELECT count(*) FROM question");
    assertEquals("", say(session, "clear"));
    assertEquals("", say(session, "CLS"));
    assertEquals(2, screen.cleared);
    assertEquals("« ls » est une commande de terminal : je ne l'exécute pas. Tapez « aide » pour mes commandes.\n\n",
        say(session, "ls"));
    assertEquals("Avec plaisir ! Posez une autre question quand vous voulez.\n\n", say(session, "Merci !"));
    assertEquals(questions, count("SELECT count(*) FROM question"));
    for (String leave : new String[] {"exit", "quit", "quitter", "/quitter"}) {
      assertFalse(session.handle(leave), leave);
    }
  }

  @Test
  void pipedQuestionsAreAllAnsweredWithoutRateLimit() throws Exception {
    // The console is one person on their own machine: a file of questions piped in is answered
    // whole (Discord and Matrix keep their limit: ConversationServiceTest, MatrixRoomsTest).
    ConsoleSession session = session("rita");
    for (int i = 0; i < 12; i++) {
      String answer = say(session, "Combien d'heures supplémentaires par an, cas " + i + " ?");
      assertFalse(answer.isEmpty() || answer.startsWith("Doucement"), answer);
      assertTrue(say(session, "article L3121-30").startsWith("Code du travail, art. L. 3121-30"), text.toString());
    }
  }

  @Test
  void theTrainersReportIsWrittenToAFileAndItsPlaceSaid() throws Exception {
    ConsoleSession session = session("tristan");
    say(session, QUESTION);
    assertTrue(bot.log().flush(Duration.ofSeconds(5)));
    Path expected = new DataFolder(data).reports().resolve("rapport-permanence-20260302-093000.md");
    assertEquals("Rapport écrit dans " + expected + "\n\n", say(session, "/formateurs rapport"));
    String report = Files.readString(expected);
    assertTrue(report.startsWith("# Bilan des questions à la permanence\n"), report);
    // Its content is the report's own tests' business; other tests of this class share the log.
    assertTrue(report.contains("question"), report);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(expected)));
  }

  @Test
  void aTrainerMarksAGapHandledAndTheReportShowsItApart() throws Exception {
    ConsoleSession session = session("gaelle");
    String asked = "Quelle est la recette des crêpes de ma grand-mère ?";
    say(session, asked);
    assertTrue(bot.log().flush(Duration.ofSeconds(5)));
    Matcher open = Pattern.compile("\\*\\*1 ×\\*\\* « " + Pattern.quote(asked) + " » — [^\n]* — sujet (g-[0-9a-f]{8})\n")
        .matcher(trainersReport());
    assertTrue(open.find(), trainersReport());
    String gap = open.group(1);

    assertEquals("« g-42 » n'est pas un identifiant de sujet : copiez-le du bilan (g- et 8 caractères, par exemple"
        + " g-3fa9c2e1).\n\n", say(session, "formateurs traite g-42 fiche ajoutée"));
    assertEquals("Ajoutez une note après l'identifiant : ce qui a été fait pour ce sujet (par exemple : fiche sur la"
        + " période d'essai ajoutée au corpus).\n\n", say(session, "formateurs traite " + gap));
    String unknown = gap.equals("g-0000abcd") ? "g-0000abce" : "g-0000abcd";
    assertEquals("Aucun sujet sans réponse du journal n'a l'identifiant " + unknown + " : rien n'a été noté. Copiez"
        + " l'identifiant tel que le dernier bilan l'affiche.\n\n", say(session, "formateurs traite " + unknown + " fiche ajoutée"));
    assertEquals("Sujet " + gap + " marqué comme traité : le prochain bilan l'affichera à part, avec votre note.\n\n",
        say(session, "formateurs traite " + gap + " Hors champ : renvoyé vers la permanence"));
    assertTrue(bot.log().flush(Duration.ofSeconds(5)));

    String report = trainersReport();
    // The bot's clock is the real one: a run crossing midnight in Paris may date the mark the day before.
    DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    LocalDate today = LocalDate.now(Settings.ZONE);
    String handled = "\n## Sujets traités\n\n- « " + asked + " » (1 ×, sujet " + gap + ") — traité le %s"
        + " : « Hors champ : renvoyé vers la permanence »\n";
    assertTrue(report.contains(handled.formatted(dayFormat.format(today)))
        || report.contains(handled.formatted(dayFormat.format(today.minusDays(1)))), report);
    String openPart = report.substring(report.indexOf("## Questions sans réponse"), report.indexOf("## Sujets traités"));
    assertFalse(openPart.contains(gap), openPart);
  }

  /** The report a trainer receives in a chat (Markdown), read through the core. */
  private static String trainersReport() {
    return bot.conversation().handle(new Incoming(Platform.MATRIX, "!salon", "@formatrice:union.example", "",
        Set.of(Role.MEMBER, Role.TRAINER), false, Command.REPORT, "", Map.of(), null)).orElseThrow().file().content();
  }

  @Test
  void pipedInputIsReadLineByLineWithAnOwnerOnlyHistory() throws Exception {
    Path history = data.resolve("piped/console-history");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] input = "aide\nclear\nquitter\nnever read\n".getBytes(StandardCharsets.UTF_8);
    try (ConsoleChat chat = ConsoleChat.streams(new ByteArrayInputStream(input), bytes, history)) {
      chat.run(c -> new ConsoleSession(bot.conversation(), UploadPolicy.defaults(), data.resolve("piped"), "pia",
          c.writer(), c, Clock.systemUTC()));
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith(ConsoleSession.greeting() + "\n> Je réponds aux questions"), out);
    assertTrue(out.contains("• corpus historique — les dernières modifications du corpus\n"), out);
    assertTrue(out.endsWith("> > À bientôt.\n"), out);
    assertFalse(out.contains("never read"), out);
    assertTrue(Files.readString(history).contains("aide"), Files.readString(history));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
  }

  private static int count(String sql) throws Exception {
    assertTrue(bot.log().flush(Duration.ofSeconds(5)));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + new DataFolder(data).questionLog());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.getInt(1);
    }
  }

  /** Counts what the session asked of the screen. */
  private static final class RecordingScreen implements ConsoleSession.Screen {
    int cleared;
    int historyForgotten;

    @Override
    public void clear() {
      cleared++;
    }

    @Override
    public void forgetHistory() {
      historyForgotten++;
    }
  }
}
