package fr.permanence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.analysis.Synonyms;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Role;
import fr.permanence.files.DataFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the bot survives a damaged audit and other processes starting on the same data folder. */
class StartupTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
  private static final String QUESTION = "Le CSE peut-il faire appel à un expert habilité ?";

  @TempDir Path data;

  /** The bot reads the installation's lexicon folder (a wrong path once left every question unexpanded). */
  @Test
  void theBotReadsTheInstallationsLexicon() throws IOException {
    Path lexicon = Settings.from(Map.of(), HOME, data).synonyms();
    assertEquals(HOME.resolve("corpus").resolve("lexicon"), lexicon);
    assertTrue(Files.isDirectory(lexicon));
    assertTrue(!Synonyms.read(lexicon).isEmpty(), "rules read from " + lexicon);
  }

  @Test
  void aLanguageModelFileNamedButAbsentStopsTheStartBeforeAnythingIsOpened() {
    Path absent = data.resolve("llm.properties");
    StartupFailure failure = assertThrows(StartupFailure.class, () -> Bot.open(Settings.from(Map.of(), HOME, data),
        Map.of("PERMANENCE_LLM_CONFIG", absent.toString()), null, line -> { }, line -> { }));
    assertEquals(StartupFailure.CONFIGURATION, failure.exitStatus());
    assertEquals("Le fichier de configuration du modèle de langue « " + absent + " » (PERMANENCE_LLM_CONFIG) n'existe"
        + " pas : corrigez le chemin, ou retirez la variable pour répondre par citations sans modèle de langue.",
        failure.getMessage());
    assertFalse(Files.exists(new DataFolder(data).index()), "nothing built for a start that stops");
  }

  @Test
  void aDamagedAuditNeitherStopsTheBotNorItsAnswers() throws Exception {
    DataFolder folder = new DataFolder(data);
    Files.write(folder.corpusAudit(), "pas une base".repeat(500).getBytes(StandardCharsets.UTF_8));
    Settings settings = Settings.from(Map.of(), HOME, data);

    try (Bot bot = Bot.open(settings, Map.of(), null, line -> { }, line -> { })) {
      String answer = bot.conversation().handle(Incoming.of(Platform.CONSOLE, "console", "alice", Command.ASK,
          QUESTION)).orElseThrow().text();
      assertTrue(answer.contains("« ") && !answer.contains("pas trouvé de passage fiable"), answer); // quotes, not a refusal

      Incoming status = new Incoming(Platform.CONSOLE, "console", "alice", "", Set.of(Role.MEMBER, Role.MODERATOR),
          false, Command.CORPUS_STATUS, "", Map.of(), null);
      String reply = bot.conversation().handle(status).orElseThrow().text();
      assertTrue(reply.contains("⚠ Le journal des modifications du corpus ("), reply);
      assertTrue(reply.contains("les réponses continuent."), reply);
    }
  }

  @Test
  void askProcessesStartedTogetherWhileAnotherRebuildsAllAnswerFromTheCommittedIndex() throws Exception {
    try (Bot bot = Bot.open(Settings.from(Map.of(), HOME, data), Map.of(), null,
        line -> { }, line -> { })) {
      // a first start seeds the corpus and commits the index
    }
    DataFolder folder = new DataFolder(data);
    Path document;
    try (Stream<Path> documents = Files.list(folder.corpus().resolve("documents"))) {
      document = documents.sorted().findFirst().orElseThrow();
    }
    Files.writeString(document, Files.readString(document) + "\nUn paragraphe ajouté par un·e modérateur·rice "
        + "pour que l'empreinte du corpus change et que chaque démarrage veuille reconstruire l'index.\n");

    // Another process is rebuilding: it holds the index's write lock all along.
    try (FSDirectory index = FSDirectory.open(folder.index());
        IndexWriter rebuilding = new IndexWriter(index, new IndexWriterConfig())) {
      List<Process> asks = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        asks.add(ask());
      }
      for (Process p : asks) {
        try (AutoCloseable reaper = p::destroyForcibly) { // never leave a process behind
          assertTrue(p.waitFor(60, TimeUnit.SECONDS), "answered in time");
          String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          assertEquals(0, p.exitValue(), out);
          assertTrue(out.contains("« ") && !out.contains("pas trouvé de passage fiable"), out); // quotes, not a refusal
        }
      }
    }
  }

  /** {@code ./permanence ask} in a process of its own, on this test's data folder. */
  private Process ask() throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dpermanence.home=" + HOME, "-cp", System.getProperty("java.class.path"), "fr.permanence.cli.Main",
        "--data", data.toString(), "ask", QUESTION)
        .redirectErrorStream(true)
        .start();
  }
}
