package fr.permanence.app;

import fr.permanence.answer.Answerer;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.ConversationSettings;
import fr.permanence.corpus.UnreadableDocumentException;
import fr.permanence.llm.LlmConfigurationException;
import fr.permanence.llm.LlmSettings;
import fr.permanence.llm.LlmStartup;
import fr.permanence.log.LogConfig;
import fr.permanence.log.QuestionLog;
import fr.permanence.moderation.UploadPolicy;
import fr.permanence.report.ReportGenerator;
import fr.permanence.search.IndexUnavailableException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The whole bot for a conversation front (console, Discord, Matrix): search and answers, the
 * answerer chosen at start (extractive, or a language model that answers), the question log,
 * the trainers' reports and the moderators' corpus management, behind one conversation core.
 *
 * <p>Opened and closed by one thread; between the two, its parts are used from any thread (each
 * says how). Close it once every adapter has stopped.
 */
public final class Bot implements Closeable {
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
   * Moderators' files are refused past {@link Settings#maxUploadBytes()}.
   *
   * @param llmConfig the language model's properties file the command line names, or null
   * @param out says which answer mode is used (extractive or generated) and why
   * @throws StartupFailure a configuration failure, before anything is opened, when a language
   *     model's file is named (by {@code llmConfig} or the environment) but cannot be read
   */
  public static Bot open(Settings settings, Map<String, String> env, Path llmConfig,
      Consumer<String> out, Consumer<String> warnings) throws IOException {
    Properties llmFile;
    try {
      llmFile = LlmSettings.configFile(env, llmConfig);
    } catch (LlmConfigurationException e) {
      throw StartupFailure.configuration(e.getMessage(), e);
    }
    Settings served = seedCorpus(settings);
    Permanence core = openCore(served);
    LogConfig logConfig = LogConfig.from(env, served.dataDir());
    QuestionLog log = QuestionLog.open(logConfig, logConfig.options());
    Clock clock = Clock.systemUTC();
    Moderation moderation = Moderation.open(served.data(), logConfig.database(), served.corpusDir(),
        new UploadPolicy(served.maxUploadBytes()), () -> core.index().rebuild(), clock);
    Answerer answerer = LlmStartup.choose(core.composer(), env, llmFile, out, warnings);
    QuestionRecords records = new QuestionRecords(log, clock, id -> core.searcher().passage(id));
    ConversationService conversation = new ConversationService(answerer, id -> core.searcher().passage(id),
        number -> core.searcher().article(number), records,
        new LogReports(new ReportGenerator(logConfig, TodayIndex.reasker(core.searcher()), clock, served.zone()), log),
        new ModeratedCorpus(moderation), ConversationSettings.defaults(served.contact(), served.zone()), clock);
    return new Bot(core, log, moderation, conversation, records);
  }

  /**
   * The core, or a {@link StartupFailure} of the right class: an index another process keeps
   * busy, or a disk error, may pass (transient); an unreadable corpus needs a person (configuration).
   */
  private static Permanence openCore(Settings settings) throws IOException {
    try {
      return Permanence.open(settings);
    } catch (IndexUnavailableException e) {
      throw StartupFailure.transientFailure("L'index de recherche est indisponible pour l'instant (" + e.getMessage()
          + ") : réessayez dans une minute.", e);
    } catch (UnreadableDocumentException e) {
      throw StartupFailure.configuration("Le corpus est illisible (" + e.getMessage() + ") : corrigez ou retirez le "
          + "fichier en cause, puis relancez.", e);
    }
  }

  /** The settings serving the data folder's corpus, seeded from the default corpus on first need. */
  public static Settings seedCorpus(Settings settings) throws IOException {
    Path moderated = CorpusSeed.seed(settings.data(), settings.defaultCorpus());
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
