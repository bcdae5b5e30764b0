package fr.permanence.conversation;

import fr.permanence.answer.Answerer;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.corpus.UnreadableDocumentException;
import fr.permanence.text.Plural;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate every command of every chat platform passes, and its dispatch: never answers bots,
 * checks roles, input length and the per-person rate limits, then hands the command to the
 * members' ({@link MemberCommands}), trainers' ({@link TrainerReports}) or moderators'
 * ({@link CorpusCommands}) side and returns a platform-neutral reply. The adapters only
 * translate messages in and replies out.
 *
 * <p>Thread-safe: adapters call {@link #handle} from several threads at once.
 */
public final class ConversationService {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationService.class);

  /** A reader opens a few passages and articles per answer: five lookups for each question allowed. */
  private static final int LOOKUPS_PER_QUESTION = 5;
  /** Bytes of randomness in a reply id: 2^40 ids, no collision among remembered replies. */
  private static final int REPLY_ID_BYTES = 5;

  private final MemberCommands members;
  private final TrainerReports reports;
  private final CorpusCommands corpus;
  private final HelpText help;
  private final ConversationSettings settings;
  /** Questions: each one searches and is logged, the limit people meet. */
  private final RateLimiter questions;
  /** Everything else but votes and thanks: lookups a reader chains freely, bounded only against scripts. */
  private final RateLimiter lookups;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param answerer answers questions (the answer composer)
   * @param passages a passage by id (the searcher's {@code passage})
   * @param articles a Code du travail article by normalized number "L2312-8" (the searcher's {@code article})
   * @param records the question log
   * @param reports trainers' summary and report
   * @param corpus moderators' corpus changes and index rebuilds
   * @param settings limits and contact line
   * @param clock time for the rate limit
   */
  public ConversationService(
      Answerer answerer, Function<String, Optional<Passage>> passages, Function<String, Optional<Passage>> articles,
      MemberRecords records, TrainerReports reports, CorpusModeration corpus, ConversationSettings settings,
      Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.members = new MemberCommands(Objects.requireNonNull(answerer, "answerer"),
        Objects.requireNonNull(passages, "passages"), Objects.requireNonNull(articles, "articles"),
        Objects.requireNonNull(records, "records"), settings.contact());
    this.reports = Objects.requireNonNull(reports, "reports");
    this.corpus = new CorpusCommands(Objects.requireNonNull(corpus, "corpus"), records, settings.zone());
    this.help = new HelpText(settings.contact());
    this.questions = new RateLimiter(settings.messagesPerWindow(), settings.window(), clock);
    this.lookups = new RateLimiter(settings.messagesPerWindow() * LOOKUPS_PER_QUESTION, settings.window(), clock);
  }

  /** The reply to {@code message}; empty when the bot must stay silent (another bot wrote). */
  public Optional<Reply> handle(Incoming message) {
    if (message.fromBot()) {
      return Optional.empty();
    }
    String id = newId();
    Command command = message.command();
    if (!allowed(message)) {
      return Optional.of(Reply.text(id, command.required() == Role.TRAINER
          ? "Cette commande est réservée aux formateurs et formatrices."
          : "Cette commande est réservée aux modérateurs et modératrices du corpus.", true));
    }
    if (message.text().length() > settings.maxInputChars()) {
      return Optional.of(Reply.text(id, String.format(Locale.FRANCE, "Votre message fait %,d caractères ; la limite "
          + "est de %,d. Résumez votre question en quelques phrases : je cherche mieux avec peu de mots précis.",
          message.text().length(), settings.maxInputChars()).replace('\u202F', ' '), true));
    }
    RateLimiter limiter = limiterFor(message.command());
    String key = message.platform().id() + ":" + message.userId();
    Optional<Duration> wait = limiter == null ? Optional.empty() : limiter.acquire(key);
    if (wait.isPresent()) {
      if (!limiter.firstRefusal(key)) {
        return Optional.empty(); // told once already in this window: one notice, not one per message
      }
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      return Optional.of(Reply.text(id, "Doucement 🙂 vous avez envoyé beaucoup de messages en peu de temps. "
          + "Réessayez dans " + Plural.of(seconds, "seconde", "secondes") + ".", true));
    }
    try {
      return Optional.of(dispatch(id, message));
    } catch (RejectedDocumentException e) {
      return Optional.of(Reply.text(id, e.getMessage(), true));
    } catch (UnreadableDocumentException e) {
      LOG.error("corpus unreadable while handling {}", command, e);
      return Optional.of(Reply.text(id, "Le corpus est illisible sur le serveur (" + e.getMessage() + ") : "
          + "prévenez la personne qui administre le bot.", command.privateReply()));
    } catch (RuntimeException e) {
      // The member gets an honest message instead of silence; the stack trace goes to the log.
      LOG.error("failed to handle {} from {}", command, message.platform(), e);
      return Optional.of(failure(id, command.privateReply()));
    }
  }

  /**
   * Whether the corpus has a document named {@code slug}: adapters that confirm a removal first
   * (the console, the command line) ask only then, and otherwise hand the removal over at once,
   * for the core to say that no document has that name.
   */
  public boolean hasDocument(String slug) {
    return corpus.hasDocument(slug);
  }

  /**
   * What a member is told when their message could not be handled (a failure in the core, or in
   * the adapter after the core): the honest message, with the contact line.
   */
  public Reply failure() {
    return failure(newId(), true);
  }

  private Reply failure(String id, boolean ephemeral) {
    return Reply.text(id, "Désolé, une erreur m'empêche de répondre pour l'instant. Réessayez plus "
        + "tard" + (settings.contact().isEmpty() ? "." : ", ou contactez la permanence : " + settings.contact()),
        ephemeral);
  }

  private Reply dispatch(String id, Incoming message) {
    return switch (message.command()) {
      case ASK -> members.ask(id, message);
      case PASSAGE -> members.passage(id, message);
      case ARTICLE -> members.article(id, message);
      case FEEDBACK -> members.feedback(id, message);
      case FORGET -> members.forget(id, message);
      case THANKS -> members.thanks(id);
      case HELP -> Reply.text(id, help.of(message.platform(), message.roles(), message.option("unknown")), true);
      case SUMMARY -> Reply.text(id, reports.summary(), true);
      case REPORT -> new Reply(id, "", "Voici le rapport des questions posées.", List.of(), List.of(), true,
          new ReplyFile("rapport-permanence.md", reports.report()));
      case GAP_HANDLED -> Reply.text(id, markHandled(message), true);
      case CORPUS_LIST -> Reply.text(id, corpus.list(), true);
      case CORPUS_ADD -> Reply.text(id, corpus.add(message), true);
      case CORPUS_REPLACE -> Reply.text(id, corpus.replace(message), true);
      case CORPUS_REMOVE -> Reply.text(id, corpus.remove(message), true);
      case CORPUS_RESTORE -> Reply.text(id, corpus.restore(message), true);
      case CORPUS_HISTORY -> Reply.text(id, corpus.history(), true);
      case CORPUS_REBUILD -> Reply.text(id, corpus.rebuild(message), true);
      case CORPUS_STATUS -> Reply.text(id, corpus.status(), true);
    };
  }

  /**
   * "formateurs traite ID note": the id is the first word; the note the rest, or the option
   * "note" (Discord's field).
   */
  private String markHandled(Incoming message) {
    String text = message.text();
    String gap = text.split("\\s+", 2)[0];
    String note = message.option("note").isEmpty() ? text.substring(gap.length()).strip() : message.option("note");
    if (gap.isEmpty()) {
      return "Indiquez l'identifiant du sujet (g-…, donné par « " + Command.REPORT.typed(message.platform())
          + " ») puis ce qui a été fait.";
    }
    return reports.markHandled(gap, note);
  }

  /** The limit {@code command} is counted against, or null when it costs nothing. */
  private RateLimiter limiterFor(Command command) {
    return switch (command) {
      case ASK -> questions;
      case FEEDBACK, THANKS -> null; // a vote or thanks costs nothing and follows an answer already counted
      default -> lookups;
    };
  }

  private boolean allowed(Incoming message) {
    return message.command().required() == Role.MEMBER || message.roles().contains(message.command().required());
  }

  private String newId() {
    byte[] bytes = new byte[REPLY_ID_BYTES];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
