package fr.permanence.app;

import fr.permanence.answer.Answerer;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.ConversationSettings;
import fr.permanence.files.DataFolder;
import fr.permanence.llm.LlmStartup;
import fr.permanence.log.LogOptions;
import fr.permanence.log.QuestionLog;
import fr.permanence.moderation.UploadPolicy;
import fr.permanence.report.ReportGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole bot for a conversation front (console, Discord, Matrix): search and answers, the
 * answerer chosen at start (extractive, or a language model that answers), the question log,
 * the trainers' reports and the moderators' corpus management, behind one conversation core.
 */
public final class Bot implements Closeable {
  /** Trainers read dates in the union's time zone. */
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final Permanence core;
  private final QuestionLog log;
  private final Moderation moderation;
  private final ConversationService conversation;
  private final QuestionRecords records;

  private Bot(Permanence core, QuestionLog log, Moderation moderation, ConversationService conversation,
      QuestionRecords records) {
    this.records = records;
    this.core = core;
    this.log = log;
    this.moderation = moderation;
    this.conversation = conversation;
  }

  /**
   * Opens everything. The corpus moderators change lives in the data folder: on first start it
   * is seeded with a copy of the default corpus, so the installation's files are never edited.
   *
   * @param out says which answer mode is used (extractive or generated) and why
   */
  public static Bot open(Settings settings, long maxUploadBytes, Map<String, String> env, Path llmConfig,
      Consumer<String> out, Consumer<String> warnings) throws IOException {
    Settings served = seedCorpus(settings);
    Permanence core = Permanence.open(served);
    QuestionLog log = QuestionLog.open(served.dataDir(), LogOptions.defaults());
    Clock clock = Clock.systemUTC();
    Moderation moderation = Moderation.open(new DataFolder(served.dataDir()), served.corpusDir(),
        new UploadPolicy(maxUploadBytes), () -> core.index().rebuild(), clock);
    Answerer answerer = LlmStartup.choose(core.composer(), env, llmConfig, out, warnings);
    QuestionRecords records = new QuestionRecords(log, clock);
    ConversationService conversation = new ConversationService(answerer, id -> core.searcher().passage(id),
        number -> core.searcher().article(number), records,
        new LogReports(new ReportGenerator(served.dataDir(), clock, ZONE)), new ModeratedCorpus(moderation),
        ConversationSettings.defaults(served.contact()), clock);
    return new Bot(core, log, moderation, conversation, records);
  }

  /** Copies the default corpus into the data folder when moderators have none there yet. */
  public static Settings seedCorpus(Settings settings) throws IOException {
    Path moderated = settings.dataDir().resolve("corpus");
    if (!Files.isRegularFile(moderated.resolve(fr.permanence.corpus.Corpus.MANIFEST))) {
      Path source = settings.home().resolve("corpus");
      Path staging = Files.createDirectories(settings.dataDir()).resolve("corpus.seeding");
      if (Files.exists(staging)) {
        Folders.delete(staging); // left by a start that crashed mid-copy
      }
      Folders.copy(source, staging);
      // The copy appears whole or not at all: a crash mid-copy leaves only the staging folder.
      Files.move(staging, moderated, StandardCopyOption.ATOMIC_MOVE);
    }
    return settings.with(settings.dataDir(), moderated);
  }

  public Permanence core() {
    return core;
  }

  public QuestionLog log() {
    return log;
  }

  public QuestionRecords records() {
    return records;
  }

  /** The corpus editor and rebuild scheduler the conversation core uses. */
  public Moderation moderation() {
    return moderation;
  }

  public ConversationService conversation() {
    return conversation;
  }

  @Override
  public void close() throws IOException {
    try (Permanence c = core; QuestionLog l = log; Moderation m = moderation) {
      // closed in reverse order: rebuilds (waits for a running one), log (flushes), index
    } catch (Exception e) {
      throw new IOException("closing the bot: " + e.getMessage(), e);
    }
  }
}
