package fr.permanence.discord;

import fr.permanence.conversation.Attachment;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.Role;
import fr.permanence.conversation.CommandGrammar;
import fr.permanence.conversation.ParsedCommand;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on a Discord server: slash commands, mentions and direct messages, vote and passage
 * buttons, all translated to the conversation core. Needs no privileged intent: Discord sends
 * the content of messages that mention the bot and of direct messages without MESSAGE_CONTENT.
 */
public final class DiscordBot extends ListenerAdapter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
  /** Extensions {@code /corpus ajouter} accepts, checked before anything is downloaded. */
  /** Longest wait for an attachment download from Discord's CDN. */
  private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);
  /** Time given to JDA to close its connection cleanly before it is cut. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final ConversationService conversation;
  private final DiscordSettings settings;
  private final ExecutorService workers;
  private JDA jda;

  /**
   * @param workers runs the answers off JDA's event thread (a search may take a moment)
   */
  public DiscordBot(ConversationService conversation, DiscordSettings settings, ExecutorService workers) {
    this.conversation = conversation;
    this.settings = settings;
    this.workers = workers;
  }

  /** Connects, waits until ready and (re)declares the slash commands. */
  public synchronized void start() throws InterruptedException {
    jda = JDABuilder.createLight(settings.token(), EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES))
        .addEventListeners(this)
        .build();
    jda.awaitReady();
    jda.updateCommands().addCommands(commands()).queue(
        done -> LOG.info("{} slash commands declared", done.size()),
        failure -> LOG.error("could not declare the slash commands", failure));
  }

  /** The slash commands; {@code /formateurs} and {@code /corpus} are hidden by default, see docs/chat.md. */
  static List<CommandData> commands() {
    return List.of(
        Commands.slash("question", "Poser une question à la permanence juridique")
            .addOption(OptionType.STRING, "texte", "Votre question", true),
        Commands.slash("article", "Lire un article du Code du travail")
            .addOption(OptionType.STRING, "numero", "Numéro de l'article, par exemple L2312-8", true),
        Commands.slash("passage", "Lire en entier un passage cité")
            .addOption(OptionType.STRING, "identifiant", "Identifiant du passage", true),
        Commands.slash("aide", "Ce que le bot sait faire"),
        Commands.slash("oubli", "Effacer vos questions et avis enregistrés"),
        Commands.slash("formateurs", "Questions posées : résumé et rapport")
            .setContexts(InteractionContextType.GUILD)
            .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE))
            .addSubcommands(new SubcommandData("resume", "Résumé des questions récentes"),
                new SubcommandData("rapport", "Rapport complet, en fichier")),
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

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Optional<Command> command = Command.fromFrench(
        event.getName() + (event.getSubcommandName() == null ? "" : " " + event.getSubcommandName()));
    if (command.isEmpty()) {
      event.reply("Commande inconnue : tapez /aide.").setEphemeral(true).queue();
      return;
    }
    Map<String, String> options = new HashMap<>();
    String text = "";
    Message.Attachment file = null;
    for (OptionMapping option : event.getOptions()) {
      switch (option.getType()) {
        case ATTACHMENT -> file = option.getAsAttachment();
        default -> options.put(option.getName(), option.getAsString());
      }
    }
    for (String main : List.of("texte", "numero", "identifiant", "nom")) {
      if (options.containsKey(main)) {
        text = options.get(main);
        break;
      }
    }
    if (file != null) {
      Optional<String> problem = uploadProblem(file);
      if (problem.isPresent()) {
        event.reply(problem.get()).setEphemeral(true).queue();
        return;
      }
    }
    Incoming incoming = new Incoming(Platform.DISCORD, event.getChannelId(), event.getUser().getId(),
        event.getUser().getName(), roles(event.getMember()), event.getUser().isBot(), command.get(), text, options, null);
    event.deferReply(command.get().privateReply()).queue();
    InteractionHook hook = event.getHook();
    Message.Attachment upload = file;
    workers.execute(() -> answer(incoming, upload, hook));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    Incoming incoming;
    Set<Role> roles = roles(event.getMember());
    String user = event.getUser().getId();
    if (id.startsWith(DiscordRender.VOTE_UP) || id.startsWith(DiscordRender.VOTE_DOWN)) {
      boolean up = id.startsWith(DiscordRender.VOTE_UP);
      String replyId = id.substring((up ? DiscordRender.VOTE_UP : DiscordRender.VOTE_DOWN).length());
      incoming = new Incoming(Platform.DISCORD, event.getChannelId(), user, "", roles, event.getUser().isBot(),
          Command.FEEDBACK, replyId, Map.of("vote", up ? "up" : "down"), null);
    } else if (id.startsWith(DiscordRender.SHOW)) {
      incoming = new Incoming(Platform.DISCORD, event.getChannelId(), user, "", roles, event.getUser().isBot(),
          Command.PASSAGE, id.substring(DiscordRender.SHOW.length()), Map.of(), null);
    } else {
      LOG.warn("button {} is not one of ours", id);
      return;
    }
    event.deferReply(true).queue();
    InteractionHook hook = event.getHook();
    workers.execute(() -> answer(incoming, null, hook));
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User author = event.getAuthor();
    if (author.getId().equals(event.getJDA().getSelfUser().getId())) {
      return;
    }
    Message message = event.getMessage();
    boolean direct = !event.isFromGuild();
    boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
    if (!direct && !mentioned) {
      return; // ordinary chatter: not for us (and its content is not even sent without MESSAGE_CONTENT)
    }
    String text = message.getContentRaw().replaceAll("<@!?" + event.getJDA().getSelfUser().getId() + ">", " ").strip();
    Optional<ParsedCommand> parsed = CommandGrammar.parse(text, "!", true);
    if (parsed.isEmpty()) {
      return;
    }
    Incoming incoming = parsed.get().incoming(Platform.DISCORD, event.getChannel().getId(), author.getId(),
        author.getName(), roles(event.getMember()), author.isBot() || event.isWebhookMessage(), null);
    workers.execute(() -> conversation.handle(incoming).ifPresent(reply ->
        message.reply(DiscordRender.render(reply)).mentionRepliedUser(false).queue(null,
            failure -> LOG.error("could not answer message {}", message.getId(), failure))));
  }

  /** Runs the command (downloading its attachment first) and puts the reply in place of "thinking…". */
  void answer(Incoming incoming, Message.Attachment upload, InteractionHook hook) {
    Path downloaded = null;
    try {
      Incoming withFile = incoming;
      if (upload != null) {
        Files.createDirectories(settings.dataDir());
        downloaded = Files.createTempFile(settings.dataDir(), "upload-", ".part");
        upload.getProxy().downloadToPath(downloaded).get(DOWNLOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        withFile = new Incoming(incoming.platform(), incoming.channelId(), incoming.userId(), incoming.displayName(),
            incoming.roles(), incoming.fromBot(), incoming.command(), incoming.text(), incoming.options(),
            new Attachment(upload.getFileName(), upload.getSize(), downloaded));
      }
      Optional<Reply> reply = conversation.handle(withFile);
      if (reply.isEmpty()) {
        hook.deleteOriginal().queue();
        return;
      }
      MessageCreateData data = DiscordRender.render(reply.get());
      hook.editOriginal(MessageEditData.fromCreateData(data)).queue(null,
          failure -> LOG.error("could not send the reply to {}", incoming.command(), failure));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // shutting down: the member sees Discord's "no answer"
    } catch (IOException | ExecutionException | TimeoutException e) {
      LOG.error("could not download attachment {}", upload == null ? "" : upload.getFileName(), e);
      hook.editOriginal("Je n'ai pas pu télécharger le fichier depuis Discord : réessayez dans un moment.").queue();
    } finally {
      if (downloaded != null) {
        try {
          Files.deleteIfExists(downloaded);
        } catch (IOException e) {
          LOG.warn("could not delete downloaded attachment {}", downloaded, e);
        }
      }
    }
  }

  /** Why {@code file} cannot be added, in French, from its name, type and size only (nothing downloaded). */
  Optional<String> uploadProblem(Message.Attachment file) {
    return new UploadPolicy(settings.maxUploadBytes()).problem(file.getFileName(), file.getContentType(), file.getSize());
  }

  /** Roles from the member's server roles (by configured name); administrators have them all. */
  Set<Role> roles(Member member) {
    Set<Role> roles = EnumSet.of(Role.MEMBER);
    if (member == null) {
      return roles; // a direct message: no server, no role
    }
    boolean admin = member.hasPermission(Permission.ADMINISTRATOR);
    for (net.dv8tion.jda.api.entities.Role role : member.getRoles()) {
      if (!settings.trainerRole().isEmpty() && role.getName().equalsIgnoreCase(settings.trainerRole())) {
        roles.add(Role.TRAINER);
      }
      if (!settings.moderatorRole().isEmpty() && role.getName().equalsIgnoreCase(settings.moderatorRole())) {
        roles.add(Role.MODERATOR);
      }
    }
    if (admin) {
      roles.add(Role.TRAINER);
      roles.add(Role.MODERATOR);
    }
    return roles;
  }

  /** Disconnects cleanly (bounded wait), after the answers being written are sent. */
  @Override
  public synchronized void close() throws InterruptedException {
    workers.shutdown();
    if (!workers.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
      LOG.warn("answers still running after {} s; stopping them", SHUTDOWN_WAIT.toSeconds());
      workers.shutdownNow();
    }
    if (jda != null) {
      jda.shutdown();
      if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
        jda.shutdownNow();
      }
      jda = null;
    }
  }
}
