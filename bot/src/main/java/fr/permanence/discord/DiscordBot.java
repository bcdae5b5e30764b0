package fr.permanence.discord;

import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.Attachment;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.CommandGrammar;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.ParsedCommand;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.Role;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on a Discord server: slash commands, mentions and direct messages, vote and passage
 * buttons, all translated to the conversation core; the connection is {@link DiscordSession}'s, the
 * slash commands' declarations {@link SlashCommands}'.
 *
 * <p>Every message it sends allows no mention (member text echoed in an answer never pings
 * anyone); replies meant for the asker only never go to a channel. Thread-safe: JDA calls the
 * listener methods on its event thread, answers run on {@code workers}, and {@link #start} and
 * {@link #close} are synchronized.
 */
public final class DiscordBot extends ListenerAdapter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
  /** Longest wait for an attachment download from Discord's CDN. */
  private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);
  /** Time given to the answers being written to finish before they are stopped. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
  /** Put on a message in a channel whose answer went to the asker's direct messages. */
  static final String SENT_PRIVATELY = "📩";
  /** Told when a button of another bot or of an older version of this one is pressed. */
  static final String FOREIGN_BUTTON = "Ce bouton n'est plus valable : posez votre question à nouveau avec /question.";

  private final ConversationService conversation;
  private final DiscordSettings settings;
  private final ExecutorService workers;
  private final DiscordSession session;

  /**
   * @param workers runs the answers off JDA's event thread (a search may take a moment)
   * @param failures told when Discord ends the session for good once started (a token revoked
   *     while running): the process must stop with the failure's status
   */
  public DiscordBot(ConversationService conversation, DiscordSettings settings, ExecutorService workers,
      Consumer<StartupFailure> failures) {
    this.conversation = Objects.requireNonNull(conversation, "conversation");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.session = new DiscordSession(settings, Objects.requireNonNull(failures, "failures"));
  }

  /**
   * Connects, waits until the session is ready and (re)declares the slash commands.
   *
   * @throws StartupFailure a configuration error (token refused, intents not allowed) or a
   *     transient one (Discord unreachable, no session within {@link DiscordSettings#readyTimeout})
   */
  public synchronized void start() throws StartupFailure, InterruptedException {
    JDA jda = session.open(this);
    jda.updateCommands().addCommands(SlashCommands.all()).queue(
        done -> LOG.info("{} slash commands declared", done.size()),
        failure -> LOG.error("could not declare the slash commands", failure));
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Optional<Command> command = Command.fromFrench(
        event.getName() + (event.getSubcommandName() == null ? "" : " " + event.getSubcommandName()));
    if (command.isEmpty()) {
      event.reply(DiscordRender.notice("Commande inconnue : tapez " + Command.HELP.typed(Platform.DISCORD) + ".")).setEphemeral(true).queue();
      return;
    }
    Map<String, String> options = new HashMap<>();
    Message.Attachment file = null;
    for (OptionMapping option : event.getOptions()) {
      switch (option.getType()) {
        case ATTACHMENT -> file = option.getAsAttachment();
        default -> options.put(option.getName(), option.getAsString());
      }
    }
    String text = SlashCommands.text(options);
    if (file != null) {
      Optional<String> problem = uploadProblem(file);
      if (problem.isPresent()) {
        event.reply(DiscordRender.notice(problem.get())).setEphemeral(true).queue();
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
      // A button of another bot's or an older version's message: acknowledged, or Discord shows "échec de l'interaction".
      LOG.warn("button {} is not one of ours", id);
      event.reply(DiscordRender.notice(FOREIGN_BUTTON)).setEphemeral(true).queue();
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
    Command command = parsed.get().command();
    if (!direct && command.required() != Role.MEMBER) {
      // Members' questions, corpus changes: never run where the whole channel would read the answer.
      message.reply(DiscordRender.notice(inChannel(command))).mentionRepliedUser(false).queue(null,
          failure -> LOG.error("could not answer message {}", message.getId(), failure));
      return;
    }
    ParsedCommand read = parsed.get();
    if (command == Command.ASK && !message.getAttachments().isEmpty()) {
      // A screenshot or a payslip with the question: not read, and the answer says so.
      read = read.with(read.text(), Map.of(Incoming.FILES_NOT_READ, String.valueOf(message.getAttachments().size())));
    }
    Incoming incoming = read.incoming(Platform.DISCORD, event.getChannel().getId(), author.getId(),
        author.getName(), roles(event.getMember()), author.isBot() || event.isWebhookMessage(), null);
    boolean privately = !direct && command.privateReply();
    workers.execute(() -> {
      MessageCreateData data;
      try {
        Optional<Reply> reply = conversation.handle(incoming);
        if (reply.isEmpty()) {
          return;
        }
        data = DiscordRender.render(reply.get());
      } catch (RuntimeException e) {
        // One bad message must not cost the others their answers: logged, and the member told.
        LOG.error("could not handle message {}", message.getId(), e);
        data = DiscordRender.render(conversation.failure());
      }
      if (privately) {
        sendPrivately(author, message, command, data);
      } else {
        message.reply(data).mentionRepliedUser(false).queue(null,
            failure -> LOG.error("could not answer message {}", message.getId(), failure));
      }
    });
  }

  /** What a trainer's or moderator's command asked in a channel gets instead of its answer. */
  static String inChannel(Command command) {
    return "Je ne réponds pas à « " + command.french() + " » dans un salon, où tout le monde lirait la réponse : "
        + "utilisez la commande /" + command.french() + ", dont la réponse n'est visible que par vous.";
  }

  /** Sends {@code data} to the asker's direct messages, marks the question, or says in the channel why it could not. */
  private void sendPrivately(User author, Message question, Command command, MessageCreateData data) {
    author.openPrivateChannel().flatMap(channel -> channel.sendMessage(data)).queue(
        sent -> question.addReaction(Emoji.fromUnicode(SENT_PRIVATELY)).queue(null,
            failure -> LOG.warn("could not mark message {} as answered privately", question.getId(), failure)),
        failure -> {
          LOG.warn("could not answer {} privately", question.getId(), failure);
          question.reply(DiscordRender.notice("Je n'ai pas pu vous répondre en message privé (les vôtres sont peut-être "
              + "fermés pour ce serveur) : la commande /" + command.french() + " vous répond sans que les autres le "
              + "voient.")).mentionRepliedUser(false).queue(null,
                  again -> LOG.error("could not answer message {}", question.getId(), again));
        });
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
      MessageCreateData data;
      try {
        Optional<Reply> reply = conversation.handle(withFile);
        if (reply.isEmpty()) {
          hook.deleteOriginal().queue();
          return;
        }
        data = DiscordRender.render(reply.get());
      } catch (RuntimeException e) {
        // One bad command must not cost the others their answers: logged, and the member told.
        LOG.error("could not handle {}", incoming.command(), e);
        data = DiscordRender.render(conversation.failure());
      }
      hook.editOriginal(MessageEditData.fromCreateData(data)).queue(null,
          failure -> LOG.error("could not send the reply to {}", incoming.command(), failure));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // shutting down: the member sees Discord's "no answer"
    } catch (IOException | ExecutionException | TimeoutException e) {
      LOG.error("could not download attachment {}", upload == null ? "" : upload.getFileName(), e);
      hook.editOriginal(MessageEditData.fromCreateData(DiscordRender.notice(
          "Je n'ai pas pu télécharger le fichier depuis Discord : réessayez dans un moment."))).queue();
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
    session.closing();
    workers.shutdown();
    if (!workers.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
      LOG.warn("answers still running after {} s; stopping them", SHUTDOWN_WAIT.toSeconds());
      workers.shutdownNow();
    }
    session.close();
  }
}
