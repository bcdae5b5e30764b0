package fr.permanence.conversation;

import fr.permanence.analysis.LegalReferences;
import fr.permanence.answer.Answer;
import fr.permanence.answer.Answerer;
import fr.permanence.answer.Citation;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.corpus.UnreadableDocumentException;
import fr.permanence.moderation.AuditEntry;
import fr.permanence.moderation.CorpusChange;
import fr.permanence.moderation.CorpusEditor;
import fr.permanence.moderation.CorpusEntry;
import fr.permanence.moderation.CorpusStatus;
import fr.permanence.moderation.DocumentMeta;
import fr.permanence.moderation.RebuildScheduler;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles every command of every chat platform and returns platform-neutral replies: the
 * adapters only translate messages in and replies out. Checks roles, input length and the
 * per-person rate limit; never answers bots.
 */
public final class ConversationService {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationService.class);

  /** Replies remembered so that feedback knows the question; older feedback still counts, without it. */
  private static final int REMEMBERED_REPLIES = 5000;
  /** Cited passages offered as "see in full" buttons: one Discord action row holds five buttons, two are votes. */
  static final int PASSAGE_BUTTONS = 3;
  /** A reader opens a few passages and articles per answer: five lookups for each question allowed. */
  private static final int LOOKUPS_PER_QUESTION = 5;
  /** Bytes of randomness in a reply id: 2^40 ids, no collision among remembered replies. */
  private static final int REPLY_ID_BYTES = 5;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);

  private final Answerer answerer;
  private final Function<String, Optional<Passage>> passages;
  private final Function<String, Optional<Passage>> articles;
  private final MemberRecords records;
  private final TrainerReports reports;
  private final CorpusEditor corpus;
  private final RebuildScheduler rebuilds;
  private final ConversationSettings settings;
  /** Questions: each one searches and is logged, the limit people meet. */
  private final RateLimiter questions;
  /** Everything else but votes: cheap lookups (passage, article, help) a reader chains freely, bounded only against scripts. */
  private final RateLimiter lookups;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> questionsByReply = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED_REPLIES;
    }
  };

  /**
   * @param answerer answers questions (the answer composer)
   * @param passages a passage by id (the searcher's {@code passage})
   * @param articles a Code du travail article by normalized number "L2312-8" (the searcher's {@code article})
   * @param records the question log
   * @param reports trainers' summary and report
   * @param corpus moderators' corpus changes
   * @param rebuilds moderators' index rebuilds
   * @param settings limits and contact line
   * @param clock time for the rate limit
   */
  public ConversationService(
      Answerer answerer, Function<String, Optional<Passage>> passages, Function<String, Optional<Passage>> articles,
      MemberRecords records, TrainerReports reports, CorpusEditor corpus, RebuildScheduler rebuilds,
      ConversationSettings settings, Clock clock) {
    this.answerer = Objects.requireNonNull(answerer, "answerer");
    this.passages = Objects.requireNonNull(passages, "passages");
    this.articles = Objects.requireNonNull(articles, "articles");
    this.records = Objects.requireNonNull(records, "records");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.rebuilds = Objects.requireNonNull(rebuilds, "rebuilds");
    this.settings = Objects.requireNonNull(settings, "settings");
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
    boolean ephemeral = command.privateReply();
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
    RateLimiter counter = command == Command.ASK ? questions : command == Command.FEEDBACK
        || command == Command.THANKS ? null : lookups;
    if (counter != null) {
      Optional<Duration> wait = counter.acquire(message.platform().id() + ":" + message.userId());
      if (wait.isPresent()) {
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        return Optional.of(Reply.text(id, "Doucement 🙂 vous avez envoyé beaucoup de messages en peu de temps. "
            + "Réessayez dans " + seconds + (seconds > 1 ? " secondes." : " seconde."), true));
      }
    }
    try {
      return Optional.of(switch (command) {
        case ASK -> ask(id, message);
        case PASSAGE -> passage(id, message);
        case ARTICLE -> article(id, message);
        case FEEDBACK -> feedback(id, message);
        case HELP -> Reply.text(id, help(message), true);
        case THANKS -> Reply.text(id, "Avec plaisir ! Posez une autre question quand vous voulez.", true);
        case FORGET -> forget(id, message);
        case SUMMARY -> Reply.text(id, reports.summary(), true);
        case REPORT -> new Reply(id, "", "Voici le rapport des questions posées.", List.of(), List.of(), true,
            new ReplyFile("rapport-permanence.md", reports.report()));
        case CORPUS_LIST -> Reply.text(id, corpusList(), true);
        case CORPUS_ADD -> Reply.text(id, corpusAdd(message), true);
        case CORPUS_REPLACE -> Reply.text(id, corpusReplace(message), true);
        case CORPUS_REMOVE -> Reply.text(id, corpusRemove(message), true);
        case CORPUS_REBUILD -> Reply.text(id, rebuild(message), true);
        case CORPUS_STATUS -> Reply.text(id, corpusStatus(), true);
      });
    } catch (RejectedDocumentException e) {
      return Optional.of(Reply.text(id, e.getMessage(), true));
    } catch (UnreadableDocumentException e) {
      LOG.error("corpus unreadable while handling {}", command, e);
      return Optional.of(Reply.text(id, "Le corpus est illisible sur le serveur (" + e.getMessage() + ") : "
          + "prévenez la personne qui administre le bot.", ephemeral));
    } catch (RuntimeException e) {
      // The member gets an honest message instead of silence; the stack trace goes to the log.
      LOG.error("failed to handle {} from {}", command, message.platform(), e);
      return Optional.of(Reply.text(id, "Désolé, une erreur m'empêche de répondre pour l'instant. Réessayez plus "
          + "tard" + (settings.contact().isEmpty() ? "." : ", ou contactez la permanence : " + settings.contact()),
          ephemeral));
    }
  }

  private boolean allowed(Incoming message) {
    return message.command().required() == Role.MEMBER || message.roles().contains(message.command().required());
  }

  private Reply ask(String id, Incoming message) {
    String question = message.text();
    if (question.isEmpty()) {
      String p = message.platform().prefix();
      return Reply.text(id, "Posez votre question après « " + p + "question », par exemple : " + p
          + "question L'employeur peut-il installer un logiciel d'IA sans consulter le CSE ?", true);
    }
    Answer answer = answerer.answer(question);
    try {
      records.question(message, id, answer);
    } catch (RuntimeException e) {
      // The member still gets the answer; a lost log line is reported to the operator, not to them.
      LOG.error("could not record question of reply {}", id, e);
    }
    synchronized (questionsByReply) {
      questionsByReply.put(id, question);
    }
    // The answer already ends with the union's contact line, answerable or not.
    String text = answer.text();
    List<Action> actions = new ArrayList<>();
    actions.add(new Action(Action.Kind.FEEDBACK_UP, "👍 Utile", id));
    actions.add(new Action(Action.Kind.FEEDBACK_DOWN, "👎 Pas utile", id));
    List<Citation> sources = answer.citations();
    for (int i = 0; i < Math.min(PASSAGE_BUTTONS, sources.size()); i++) {
      actions.add(new Action(Action.Kind.SHOW_PASSAGE, "Voir le passage " + (i + 1), sources.get(i).passageId()));
    }
    return new Reply(id, "", text, sources, actions, false, null);
  }

  private Reply passage(String id, Incoming message) {
    if (message.text().isEmpty()) {
      return Reply.text(id, "Indiquez l'identifiant du passage, tel qu'il apparaît sous une réponse.", true);
    }
    return passages.apply(message.text())
        .map(p -> shown(id, p, true))
        .orElseGet(() -> Reply.text(id, "Je ne trouve pas le passage « " + message.text() + " » : le corpus a "
            + "peut-être été mis à jour depuis. Reposez la question pour obtenir les passages actuels.", true));
  }

  private Reply article(String id, Incoming message) {
    Optional<String> number = articleNumber(message.text());
    if (number.isEmpty()) {
      return Reply.text(id, "Indiquez un numéro d'article du Code du travail, par exemple : "
          + message.platform().prefix() + "article L2312-8", true);
    }
    return articles.apply(number.get())
        .map(p -> shown(id, p, false))
        .orElseGet(() -> Reply.text(id, "L'article " + Article.displayNumber(number.get())
            + " n'est pas dans ma copie du Code du travail. Vérifiez le numéro, ou consultez Légifrance.", true));
  }

  /** {@code text}'s article number normalized as the index stores it ("L2312-8"), if it has one. */
  static Optional<String> articleNumber(String text) {
    return Optional.ofNullable(LegalReferences.normalize(text));
  }

  private static Reply shown(String id, Passage passage, boolean ephemeral) {
    Citation citation = CitationFormat.of(passage);
    return new Reply(id, CitationFormat.label(citation), passage.text(), List.of(citation), List.of(), ephemeral, null);
  }

  private Reply feedback(String id, Incoming message) {
    String replyId = message.text();
    String vote = message.option("vote");
    if (replyId.isEmpty() || !(vote.equals("up") || vote.equals("down"))) {
      return Reply.text(id, "Avis incomplet : utilisez les boutons 👍 ou 👎 sous une réponse.", true);
    }
    String question;
    synchronized (questionsByReply) {
      question = questionsByReply.getOrDefault(replyId, "");
    }
    boolean helpful = vote.equals("up");
    records.feedback(message, replyId, question, helpful);
    return Reply.text(id, helpful ? "Merci pour votre retour !"
        : "Merci pour votre retour : il nous aide à améliorer les réponses."
            + (settings.contact().isEmpty() ? "" : " Pour votre situation, la permanence peut vous aider : "
                + settings.contact()), true);
  }

  private Reply forget(String id, Incoming message) {
    int erased = records.forget(message.platform(), message.userId());
    return Reply.text(id, erased == 0 ? "Rien n'était enregistré pour votre compte : il n'y a rien à effacer."
        : "C'est fait : " + erased + (erased > 1 ? " éléments" : " élément")
            + " (questions et avis) liés à votre compte " + (erased > 1 ? "ont été effacés." : "a été effacé."), true);
  }

  private String help(Incoming message) {
    String p = message.platform().prefix();
    StringBuilder help = new StringBuilder();
    String unknown = message.option("unknown");
    if (!unknown.isEmpty()) {
      help.append("Je ne connais pas la commande « ").append(p).append(unknown).append(" ».\n\n");
    }
    help.append("Je réponds aux questions sur le droit du travail et le numérique en citant les documents du "
        + "syndicat et le Code du travail, avec leurs sources.\n\n");
    help.append("• ").append(p).append("question <votre question> — par exemple : ").append(p)
        .append("question Le CSE doit-il être consulté avant l'arrivée d'un outil d'IA ?\n");
    help.append("• ").append(p).append("article <numéro> — le texte d'un article du Code du travail (ex. L2312-8)\n");
    help.append("• ").append(p).append("passage <identifiant> — un passage cité, en entier\n");
    help.append("• ").append(p).append("aide — ce message\n");
    help.append("• ").append(p).append("oubli — effacer vos questions et avis enregistrés\n");
    if (message.roles().contains(Role.TRAINER)) {
      help.append("\nFormateurs et formatrices : ").append(p).append("formateurs resume, ").append(p)
          .append("formateurs rapport\n");
    }
    if (message.roles().contains(Role.MODERATOR)) {
      help.append("\nModération du corpus : ").append(p)
          .append("corpus liste | ajouter | remplacer | retirer | reconstruire | etat\n");
    }
    help.append("\nJe ne remplace pas un conseil personnalisé");
    help.append(settings.contact().isEmpty() ? "." : " : pour votre situation, contactez la permanence : "
        + settings.contact());
    return help.toString();
  }

  private String corpusList() {
    List<CorpusEntry> entries = corpus.list();
    if (entries.isEmpty()) {
      return "Le corpus est vide.";
    }
    StringBuilder out = new StringBuilder();
    int total = 0;
    for (CorpusEntry e : entries) {
      out.append("• ").append(e.document().slug()).append(" — ").append(e.document().title());
      List<String> about = new ArrayList<>();
      if (!e.document().kind().isEmpty()) {
        about.add(e.document().kind());
      }
      if (e.document().year() > 0) {
        about.add(String.valueOf(e.document().year()));
      }
      if (!about.isEmpty()) {
        out.append(" (").append(String.join(", ", about)).append(')');
      }
      if (e.passages() >= 0) {
        out.append(" : ").append(e.passages()).append(e.passages() > 1 ? " passages" : " passage");
        total += e.passages();
      } else {
        out.append(" : ").append(e.problem());
      }
      out.append('\n');
    }
    out.append(entries.size()).append(entries.size() > 1 ? " documents, " : " document, ")
        .append(total).append(total > 1 ? " passages." : " passage.");
    return out.toString();
  }

  private String corpusAdd(Incoming message) {
    if (message.attachment() == null) {
      return "Joignez le fichier à ajouter : PDF, texte (.txt) ou Markdown (.md).";
    }
    int year = 0;
    String yearText = message.option("annee");
    if (!yearText.isEmpty()) {
      if (!yearText.matches("\\d{4}")) {
        return "Année « " + yearText + " » invalide : indiquez quatre chiffres, par exemple 2024.";
      }
      year = Integer.parseInt(yearText);
    }
    DocumentMeta meta = new DocumentMeta(message.option("nom"), message.option("titre").isEmpty() ? message.text()
        : message.option("titre"), message.option("auteur"), year, message.option("type"));
    CorpusChange change = corpus.add(moderator(message), message.attachment().file(),
        message.attachment().fileName(), meta);
    return "« " + change.title() + " » est ajouté au corpus sous le nom " + change.slug() + " : " + described(change)
        + "\n" + afterChange(message);
  }

  private String corpusReplace(Incoming message) {
    if (message.text().isEmpty() && message.option("nom").isEmpty()) {
      return "Indiquez le nom court du document à remplacer (voir « corpus liste »).";
    }
    if (message.attachment() == null) {
      return "Joignez le nouveau fichier : PDF, texte (.txt) ou Markdown (.md).";
    }
    String slug = message.option("nom").isEmpty() ? message.text() : message.option("nom");
    CorpusChange change = corpus.replace(moderator(message), slug, message.attachment().file(),
        message.attachment().fileName());
    return "Le texte de « " + change.title() + " » (" + change.slug() + ") est remplacé : " + described(change)
        + "\n" + afterChange(message);
  }

  private String corpusRemove(Incoming message) {
    String slug = message.option("nom").isEmpty() ? message.text() : message.option("nom");
    if (slug.isEmpty()) {
      return "Indiquez le nom court du document à retirer (voir « corpus liste »).";
    }
    CorpusChange change = corpus.remove(moderator(message), slug);
    return "« " + change.title() + " » (" + change.slug() + ") est retiré du corpus.\n" + afterChange(message);
  }

  private static String described(CorpusChange change) {
    StringBuilder out = new StringBuilder().append(change.passages()).append(change.passages() > 1 ? " passages" : " passage");
    if (change.pages() > 0) {
      out.append(", ").append(change.pages()).append(change.pages() > 1 ? " pages" : " page");
      if (change.pagesWithoutText() > 0) {
        out.append(" dont ").append(change.pagesWithoutText()).append(" sans texte (images), ignorée")
            .append(change.pagesWithoutText() > 1 ? "s" : "");
      }
    }
    return out.append(". Empreinte SHA-256 : ").append(change.checksum(), 0, 12).append('…').toString();
  }

  private String afterChange(Incoming message) {
    try {
      return rebuilds.start(moderator(message))
          ? "L'index est en reconstruction ; les réponses continuent sur l'ancien index en attendant."
          : "Une reconstruction est déjà en cours : relancez « corpus reconstruire » ensuite pour en tenir compte.";
    } catch (RejectedDocumentException e) {
      // The change is made: say so, and why the index does not follow yet.
      return "La reconstruction de l'index n'a pas pu être lancée : " + e.getMessage();
    }
  }

  private String rebuild(Incoming message) {
    return rebuilds.start(moderator(message))
        ? "Reconstruction de l'index lancée ; les réponses continuent sur l'ancien index en attendant. "
            + "« corpus etat » dit quand elle est finie."
        : "Une reconstruction est déjà en cours.";
  }

  private String corpusStatus() {
    CorpusStatus status = corpus.status(rebuilds.state());
    StringBuilder out = new StringBuilder("Corpus : ");
    if (status.documents() >= 0) {
      out.append(status.documents()).append(status.documents() > 1 ? " documents.\n" : " document.\n");
    } else {
      out.append("illisible.\n");
    }
    status.problems().forEach(problem -> out.append("⚠ ").append(problem).append('\n'));
    if (status.rebuilding()) {
      out.append("Index : reconstruction en cours depuis le ").append(when(status.lastRebuildStart())).append(".\n");
    } else if (status.lastRebuildEnd() == null) {
      out.append("Index : pas de reconstruction depuis le démarrage du bot.\n");
    } else if (!status.lastRebuildError().isEmpty()) {
      out.append("Index : la dernière reconstruction a échoué le ").append(when(status.lastRebuildEnd()))
          .append(" (").append(status.lastRebuildError()).append(") ; l'ancien index reste en service.\n");
    } else {
      out.append("Index : reconstruit le ").append(when(status.lastRebuildEnd())).append(".\n");
    }
    if (!status.recent().isEmpty()) {
      out.append("Dernières opérations :\n");
      for (AuditEntry a : status.recent()) {
        out.append("• ").append(when(a.at())).append(" — ").append(a.moderator()).append(" : ")
            .append(actionName(a.action())).append(a.slug().isEmpty() ? "" : " de " + a.slug()).append('\n');
      }
    }
    return out.toString().strip();
  }

  private static String actionName(String action) {
    return switch (action) {
      case "add" -> "ajout";
      case "replace" -> "remplacement";
      case "remove" -> "retrait";
      case "restore" -> "restauration";
      case "rebuild" -> "reconstruction de l'index";
      default -> action;
    };
  }

  private String when(Instant instant) {
    if (instant == null) {
      return "(date inconnue)"; // a rebuild claimed a moment before its start time was set
    }
    return WHEN.format(instant.atZone(settings.zone()));
  }

  private String moderator(Incoming message) {
    return records.pseudonym(message.platform(), message.userId());
  }

  private String newId() {
    byte[] bytes = new byte[REPLY_ID_BYTES];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
