package fr.permanence.discord;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands the bot declares to Discord, and how a call's options become the core's
 * command text. Their names are the core's command names ({@code Command.fromFrench} reads
 * "formateurs resume" as it reads the typed command); only the options are Discord's.
 *
 * <p>Thread-safety: stateless.
 */
final class SlashCommands {
  /** The options that carry a command's text, in the order they are looked for; the others are named options. */
  private static final List<String> TEXT_OPTIONS = List.of("texte", "numero", "identifiant", "nom");

  private SlashCommands() {}

  /** The slash commands; {@code /formateurs} and {@code /corpus} are hidden by default, see docs/chat.md. */
  static List<CommandData> all() {
    return List.of(
        Commands.slash("question", "Poser une question à la permanence juridique")
            .addOption(OptionType.STRING, "texte", "Votre question", true),
        Commands.slash("article", "Lire un article du Code du travail")
            .addOption(OptionType.STRING, "numero", "Numéro de l'article, par exemple L2312-8", true),
        Commands.slash("passage", "Lire en entier un passage cité")
            .addOption(OptionType.STRING, "identifiant", "Identifiant du passage", true),
        Commands.slash("aide", "Ce que le bot sait faire"),
        Commands.slash("oubli", "Effacer vos questions et avis enregistrés"),
        Commands.slash("formateurs", "Questions posées : résumé, rapport, sujets traités")
            .setContexts(InteractionContextType.GUILD)
            .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE))
            .addSubcommands(new SubcommandData("resume", "Résumé des questions récentes"),
                new SubcommandData("rapport", "Rapport complet, en fichier"),
                new SubcommandData("traite", "Marquer un sujet sans réponse comme traité")
                    .addOption(OptionType.STRING, "identifiant", "Identifiant du sujet (g-…), donné par le rapport", true)
                    .addOption(OptionType.STRING, "note", "Ce qui a été fait", true)),
        Commands.slash("corpus", "Gérer les documents du bot")
            .setContexts(InteractionContextType.GUILD)
            .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
            .addSubcommands(
                new SubcommandData("liste", "Documents et nombre de passages"),
                new SubcommandData("ajouter", "Ajouter un document (PDF, TXT, Markdown)")
                    .addOption(OptionType.ATTACHMENT, "fichier", "Le document", true)
                    .addOption(OptionType.STRING, "titre", "Titre court pour les citations", false)
                    .addOption(OptionType.STRING, "nom", "Nom court (lettres, chiffres, tirets)", false)
                    .addOption(OptionType.STRING, "auteur", "Auteur", false)
                    .addOption(OptionType.INTEGER, "annee", "Année de publication", false)
                    .addOption(OptionType.STRING, "type", "rapport, tract, livret…", false),
                new SubcommandData("remplacer", "Remplacer le fichier d'un document")
                    .addOption(OptionType.STRING, "nom", "Nom court du document", true)
                    .addOption(OptionType.ATTACHMENT, "fichier", "Le nouveau fichier", true),
                new SubcommandData("retirer", "Retirer un document")
                    .addOption(OptionType.STRING, "nom", "Nom court du document", true),
                new SubcommandData("restaurer", "Remettre un document retiré ou son texte précédent")
                    .addOption(OptionType.STRING, "nom", "Nom court du document, ou nom d'une archive", true),
                new SubcommandData("historique", "Dernières modifications du corpus"),
                new SubcommandData("reconstruire", "Reconstruire l'index"),
                new SubcommandData("etat", "État du corpus et de l'index")));
  }

  /** The command's text: the first of its text options given ({@code texte}, {@code numero}…), or "". */
  static String text(Map<String, String> options) {
    for (String option : TEXT_OPTIONS) {
      if (options.containsKey(option)) {
        return options.get(option);
      }
    }
    return "";
  }
}
