package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.log.Asked;
import fr.permanence.log.LogConfig;
import fr.permanence.log.QuestionLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report asks the period's unanswered questions again against today's index: after a
 * moderator adds the missing document, the trainer sees the gap answered now, with its source.
 * Real CLI, real index, real log.
 */
class ReportGapsTest {
  @TempDir Path data;
  @TempDir Path files;
  private final PrintStream stdout = System.out;
  private final PrintStream stderr = System.err;
  private final String home = System.getProperty("permanence.home");

  /**
   * The repository's installation (its lexicon) for every test, not only for those that set it:
   * without it, the index warns on stderr that the lexicon is missing, and a test reading stderr
   * passed or failed with the order the test classes ran in.
   */
  @BeforeEach
  void installation() {
    System.setProperty("permanence.home", Path.of("..").toAbsolutePath().normalize().toString());
  }

  @AfterEach
  void restoreStreams() {
    System.setOut(stdout);
    System.setErr(stderr);
    if (home == null) {
      System.clearProperty("permanence.home");
    } else {
      System.setProperty("permanence.home", home);
    }
  }

  private String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    assertEquals(0, Main.run(all), String.join(" ", args));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Logs {@code question}, asked {@code ago} and left unanswered. */
  private void unanswered(String question, Duration ago) {
    LogConfig config = LogConfig.sqlite(data);
    try (QuestionLog log = QuestionLog.open(config, config.options())) {
      log.record(new Asked(Instant.now().minus(ago), "discord", "salon", "alice", question, false,
          List.of(), 1000, "fallback:no-passage"));
      assertTrue(log.flush(Duration.ofSeconds(30)));
    }
  }

  @Test
  void markingAGapHandledChecksTheLogHasItAndOtherwiseFailsSayingSo() throws Exception {
    String question = "Peut-on repeindre le local syndical en vert ?";
    unanswered(question, Duration.ofDays(40));
    // Read from the 90-day report: the id stays valid for marking whatever period showed it.
    Matcher shown = Pattern.compile("sujet (g-[0-9a-f]{8})").matcher(run("report", "--since", "90d", "--format", "md"));
    assertTrue(shown.find());
    String gap = shown.group(1);
    String unknown = gap.equals("g-0000abcd") ? "g-0000abce" : "g-0000abcd";

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, Main.run("--data", data.toString(), "report", "gap", "handled", unknown, "fiche", "ajoutée"));
    assertEquals("Aucun sujet sans réponse du journal n'a l'identifiant " + unknown + " : rien n'a été noté. Copiez"
        + " l'identifiant tel que le dernier bilan l'affiche.\n", err.toString(StandardCharsets.UTF_8));

    assertEquals("Sujet " + gap + " marqué comme traité : le prochain bilan l'affichera à part, avec votre note.\n",
        run("report", "gap", "handled", gap, "local", "hors", "champ"));
  }

  @Test
  void aDocumentAddedByAModeratorClosesTheGapInTheNextReport() throws Exception {
    Path docs = Files.createDirectories(data.resolve("corpus/documents"));
    Files.writeString(docs.resolve("guide.txt"), "Le comité social et économique est consulté sur l'introduction de "
        + "nouvelles technologies, et sur tout aménagement important des conditions de travail des salariés.\n");
    Files.writeString(data.resolve("corpus/manifest.json"), """
        {"version":1,"documents":[{"slug":"guide","file":"documents/guide.txt","title":"Guide des élus"}]}""");
    String question = "Comment fonctionne la visioconférence des réunions du bureau de vote électronique ?";
    unanswered(question, Duration.ofDays(2));
    Path before = data.resolve("avant.html");
    run("report", "--since", "30d", "-o", before.toString());
    assertTrue(Files.readString(before).contains("Toujours sans réponse avec l'index d'aujourd'hui."));

    Path note = Files.writeString(files.resolve("vote.txt"), "La visioconférence des réunions du bureau de vote"
        + " électronique fonctionne avec un dispositif garantissant l'identification des membres du bureau de vote.\n");
    run("corpus", "ajouter", note.toString(), "--titre", "Note sur le vote électronique");
    Path after = data.resolve("apres.html");
    run("report", "--since", "30d", "-o", after.toString());
    String html = Files.readString(after);
    assertTrue(html.contains("Répondue maintenant (1 formulation) : Note sur le vote électronique"), html);
  }
}
