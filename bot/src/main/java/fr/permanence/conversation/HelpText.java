package fr.permanence.conversation;

import java.util.Set;

/**
 * The help: each command exactly as the person types it on their platform — with its prefix
 * ({@code /} on Discord, {@code !} on Matrix, none at the console) — and only the commands
 * their roles allow. Immutable and thread-safe.
 */
final class HelpText {
  private final String contact;

  /** @param contact the union's contact line, or "" */
  HelpText(String contact) {
    this.contact = contact;
  }

  /**
   * The help for {@code roles} on {@code platform}; {@code unknown} is a mistyped command word
   * to mention first, or "".
   */
  String of(Platform platform, Set<Role> roles, String unknown) {
    String p = platform.prefix();
    StringBuilder help = new StringBuilder();
    if (!unknown.isEmpty()) {
      help.append("Je ne connais pas la commande « ").append(p).append(unknown).append(" ».\n\n");
    }
    help.append("Je réponds aux questions sur le droit du travail et le numérique en citant les documents du "
        + "syndicat et le Code du travail, avec leurs sources.\n\n");
    if (p.isEmpty()) {
      help.append("• posez votre question telle quelle, par exemple : Le CSE doit-il être consulté avant l'arrivée "
          + "d'un outil d'IA ?\n");
    } else {
      help.append("• ").append(p).append("question <votre question> — par exemple : ").append(p)
          .append("question Le CSE doit-il être consulté avant l'arrivée d'un outil d'IA ?\n");
    }
    line(help, p + "article <numéro>", "le texte d'un article du Code du travail (ex. " + p + "article L2312-8)");
    line(help, p + (p.isEmpty() ? "voir" : "passage") + " <identifiant>", "un passage cité, en entier");
    switch (platform) {
      case CONSOLE -> line(help, "👍 ou 👎", "noter la réponse affichée ; après 👎, dites ce qui n'allait pas "
          + "(ex. 👎 hors sujet)");
      case DISCORD -> line(help, "les boutons 👍 et 👎 sous une réponse", "la noter");
      case MATRIX -> line(help, "une réaction 👍 ou 👎 à une réponse", "la noter");
    }
    line(help, Command.FORGET.typed(platform), "effacer vos questions et avis enregistrés");
    line(help, Command.HELP.typed(platform), "ce message");
    if (roles.contains(Role.TRAINER)) {
      help.append("\nFormateurs et formatrices :\n");
      line(help, Command.SUMMARY.typed(platform), "les questions récentes en bref");
      line(help, Command.REPORT.typed(platform), "le rapport complet, en fichier");
      line(help, Command.GAP_HANDLED.typed(platform) + " ID note",
          "marquer un sujet sans réponse du rapport comme traité, avec ce qui a été fait");
    }
    if (roles.contains(Role.MODERATOR)) {
      help.append("\nModération du corpus :\n");
      line(help, Command.CORPUS_LIST.typed(platform), "les documents et leurs passages");
      String add = Command.CORPUS_ADD.typed(platform);
      line(help, switch (platform) {
        case CONSOLE -> add + " FICHIER --titre … [--annee …]";
        case DISCORD -> add + ", le fichier joint (titre et année facultatifs)";
        case MATRIX -> "le fichier envoyé avec la légende " + add + " <titre>";
      }, "ajouter un document PDF, texte (.txt) ou Markdown (.md)");
      String replace = Command.CORPUS_REPLACE.typed(platform);
      line(help, switch (platform) {
        case CONSOLE -> replace + " NOM FICHIER";
        case DISCORD -> replace + " NOM, le fichier joint";
        case MATRIX -> "le fichier envoyé avec la légende " + replace + " NOM";
      }, "remplacer le texte d'un document");
      line(help, Command.CORPUS_REMOVE.typed(platform) + " NOM", "retirer un document (son texte est archivé)");
      line(help, Command.CORPUS_RESTORE.typed(platform) + " NOM",
          "remettre le dernier texte archivé d'un document, ou une archive nommée dans l'historique");
      line(help, Command.CORPUS_HISTORY.typed(platform), "les dernières modifications du corpus");
      line(help, Command.CORPUS_REBUILD.typed(platform), "reconstruire l'index");
      line(help, Command.CORPUS_STATUS.typed(platform), "l'état du corpus et de l'index");
    }
    help.append("\nJe ne remplace pas un conseil personnalisé");
    help.append(contact.isEmpty() ? "." : " : pour votre situation, contactez la permanence : " + contact);
    return help.toString();
  }

  private static void line(StringBuilder help, String typed, String what) {
    help.append("• ").append(typed).append(" — ").append(what).append('\n');
  }
}
