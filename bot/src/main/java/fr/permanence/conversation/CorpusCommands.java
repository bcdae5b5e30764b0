package fr.permanence.conversation;

import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.moderation.AuditEntry;
import fr.permanence.moderation.CorpusChange;
import fr.permanence.moderation.CorpusEntry;
import fr.permanence.moderation.CorpusStatus;
import fr.permanence.moderation.DocumentMeta;
import fr.permanence.text.Plural;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Moderators' commands, in French, over the {@link CorpusModeration} port: list, add, replace,
 * remove, restore, history, rebuild, status. Refusals from the corpus
 * ({@link fr.permanence.corpus.RejectedDocumentException}) pass through to the gate, which
 * shows their French reason. Thread-safe when the port is.
 */
final class CorpusCommands {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);
  /** Changes shown by "corpus historique": two screens of a chat window. */
  static final int HISTORY = 15;
  /** Changes searched for a document's latest archive: a year of a busy corpus. */
  private static final int RESTORABLE = 1000;

  private final CorpusModeration corpus;
  private final MemberRecords records;
  private final ZoneId zone;

  CorpusCommands(CorpusModeration corpus, MemberRecords records, ZoneId zone) {
    this.corpus = corpus;
    this.records = records;
    this.zone = zone;
  }

  String list() {
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
        out.append(" : ").append(Plural.of(e.passages(), "passage", "passages"));
        total += e.passages();
      } else {
        out.append(" : ").append(e.problem());
      }
      out.append('\n');
    }
    return out.append(Plural.of(entries.size(), "document", "documents")).append(", ")
        .append(Plural.of(total, "passage", "passages")).append('.').toString();
  }

  String add(Incoming message) {
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
        + unreadPages(change, message) + "\n" + afterChange(message);
  }

  String replace(Incoming message) {
    String slug = slug(message);
    if (slug.isEmpty()) {
      return askForName(message, "remplacer");
    }
    if (message.attachment() == null) {
      return "Joignez le nouveau fichier : PDF, texte (.txt) ou Markdown (.md).";
    }
    CorpusChange change = corpus.replace(moderator(message), slug, message.attachment().file(),
        message.attachment().fileName());
    return "Le texte de « " + change.title() + " » (" + change.slug() + ") est remplacé : " + described(change)
        + unreadPages(change, message) + "\n" + afterChange(message);
  }

  /** Whether a document of the corpus has the short name {@code slug}. */
  boolean hasDocument(String slug) {
    return corpus.list().stream().anyMatch(e -> e.document().slug().equals(slug));
  }

  String remove(Incoming message) {
    String slug = slug(message);
    if (slug.isEmpty()) {
      return askForName(message, "retirer");
    }
    CorpusChange change = corpus.remove(moderator(message), slug);
    return "« " + change.title() + " » (" + change.slug() + ") est retiré du corpus"
        + (change.archive().isEmpty() ? "." : " ; son texte est archivé : « "
            + Command.CORPUS_RESTORE.typed(message.platform()) + " " + change.slug() + " » le remet.")
        + "\n" + afterChange(message);
  }

  /**
   * Puts a removed or replaced text back: {@code NOM} is an archive named in the history, or a
   * document's short name, which restores its latest archived text.
   */
  String restore(Incoming message) {
    String name = slug(message);
    if (name.isEmpty()) {
      return "Indiquez le nom court du document à restaurer, ou le nom d'une archive (voir « "
          + Command.CORPUS_HISTORY.typed(message.platform()) + " »).";
    }
    String archive = corpus.history(RESTORABLE).stream()
        .filter(a -> a.slug().equals(name) && !a.archive().isEmpty())
        .map(AuditEntry::archive)
        .findFirst()
        .orElse(name);
    CorpusChange change = corpus.restore(moderator(message), archive);
    return "« " + change.title() + " » (" + change.slug() + ") est restauré depuis l'archive " + archive + " : "
        + Plural.of(change.passages(), "passage", "passages") + "."
        + (change.archive().isEmpty() ? "" : " Le texte qu'il remplace est archivé sous " + change.archive() + ".")
        + "\n" + afterChange(message);
  }

  String history() {
    List<AuditEntry> entries = corpus.history(HISTORY);
    if (entries.isEmpty()) {
      return "Aucune modification du corpus n'est enregistrée.";
    }
    StringBuilder out = new StringBuilder("Dernières modifications du corpus :\n");
    appendEntries(out, entries);
    return out.toString().strip();
  }

  String rebuild(Incoming message) {
    return corpus.startRebuild(moderator(message))
        ? "Reconstruction de l'index lancée ; les réponses continuent sur l'ancien index en attendant. "
            + "« " + Command.CORPUS_STATUS.typed(message.platform()) + " » dit quand elle est finie."
        : "Une reconstruction est déjà en cours.";
  }

  String status() {
    CorpusStatus status = corpus.status();
    StringBuilder out = new StringBuilder("Corpus : ").append(status.documents() < 0 ? "illisible"
        : Plural.of(status.documents(), "document", "documents")).append(".\n");
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
      appendEntries(out, status.recent());
    }
    return out.toString().strip();
  }

  private void appendEntries(StringBuilder out, List<AuditEntry> entries) {
    for (AuditEntry a : entries) {
      out.append("• ").append(when(a.at())).append(" — ").append(a.moderator()).append(" : ")
          .append(actionName(a.action())).append(a.slug().isEmpty() ? "" : " de " + a.slug())
          .append(a.archive().isEmpty() ? "" : " (archive " + a.archive() + ")").append('\n');
    }
  }

  /** What to say when the document to {@code verb} ("retirer") is not named. */
  private static String askForName(Incoming message, String verb) {
    return "Indiquez le nom court du document à " + verb + " (voir « " + Command.CORPUS_LIST.typed(message.platform())
        + " »).";
  }

  private static String slug(Incoming message) {
    return message.option("nom").isEmpty() ? message.text() : message.option("nom");
  }

  private static String described(CorpusChange change) {
    StringBuilder out = new StringBuilder(Plural.of(change.passages(), "passage", "passages"));
    if (change.pages() > 0) {
      out.append(", ").append(Plural.of(change.pages(), "page", "pages"));
      if (change.pagesWithoutText() > 0) {
        out.append(" dont ").append(change.pagesWithoutText()).append(" sans texte lisible, ")
            .append(Plural.form(change.pagesWithoutText(), "ignorée", "ignorées"));
      }
    }
    return out.append(". Empreinte SHA-256 : ").append(change.checksum(), 0, 12).append('…').toString();
  }

  /**
   * What to do about the PDF pages that gave no text: the one message a moderator gets about them
   * (PDFBox's own warnings on a damaged file go to the technical log, not to them).
   */
  private static String unreadPages(CorpusChange change, Incoming message) {
    int n = change.pagesWithoutText();
    if (n == 0) {
      return "";
    }
    return "\nAttention : " + Plural.of(n, "page", "pages") + " de « " + message.attachment().fileName() + " » "
        + Plural.form(n, "n'a", "n'ont") + " pas de texte lisible (image, page scannée ou PDF abîmé) et ne "
        + Plural.form(n, "sera", "seront") + " pas " + Plural.form(n, "citée", "citées") + ". "
        + Plural.form(n, "Si elle contient", "Si elles contiennent")
        + " du texte, exportez à nouveau le PDF depuis le logiciel d'origine (ou passez-le dans un logiciel de"
        + " reconnaissance de caractères), puis remplacez le document : « "
        + Command.CORPUS_REPLACE.typed(message.platform()) + " " + change.slug() + " ».";
  }

  private String afterChange(Incoming message) {
    try {
      return corpus.startRebuild(moderator(message))
          ? "L'index est en reconstruction ; les réponses continuent sur l'ancien index en attendant."
          : "Une reconstruction est déjà en cours : relancez « " + Command.CORPUS_REBUILD.typed(message.platform())
              + " » ensuite pour en tenir compte.";
    } catch (RejectedDocumentException e) {
      // The change is made: say so, and why the index does not follow yet.
      return "La reconstruction de l'index n'a pas pu être lancée : " + e.getMessage();
    }
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
    return WHEN.format(instant.atZone(zone));
  }

  private String moderator(Incoming message) {
    return records.pseudonym(message.platform(), message.userId());
  }
}
