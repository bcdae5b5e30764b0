package fr.permanence.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.permanence.app.Moderation;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Fixtures;
import fr.permanence.conversation.MutableClock;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.RecordingMembers;
import fr.permanence.conversation.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.NamedAttachmentProxy;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** The Discord translation, driven through JDA's own event interfaces (mocked). */
class DiscordBotTest {
  @TempDir Path tmp;
  private final RecordingMembers members = new RecordingMembers();
  private Moderation corpus;
  private DiscordBot bot;

  /** Runs answers in the calling thread, so that the test sees them at once. */
  private static final class DirectExecutor extends AbstractExecutorService {
    private boolean shutdown;

    @Override
    public void execute(Runnable command) {
      command.run();
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
    corpus = TestServices.corpus(tmp, clock);
    bot = new DiscordBot(TestServices.service(members, corpus, clock),
        new DiscordSettings("token", "Formateurs", "Modération", tmp.resolve("data"), 100_000), new DirectExecutor(),
        failure -> { throw new AssertionError(failure); });
  }

  @AfterEach
  void tearDown() throws Exception {
    bot.close();
    corpus.close();
  }

  private static OptionMapping option(String name, OptionType type, String value) {
    OptionMapping option = mock(OptionMapping.class);
    when(option.getName()).thenReturn(name);
    when(option.getType()).thenReturn(type);
    when(option.getAsString()).thenReturn(value);
    return option;
  }

  private static User user(String id, boolean isBot) {
    User user = mock(User.class);
    when(user.getId()).thenReturn(id);
    when(user.getName()).thenReturn("camille");
    when(user.isBot()).thenReturn(isBot);
    return user;
  }

  private static Member member(String... roleNames) {
    Member member = mock(Member.class);
    List<Role> roles = Arrays.stream(roleNames).map(n -> {
      Role role = mock(Role.class);
      when(role.getName()).thenReturn(n);
      return role;
    }).toList();
    when(member.getRoles()).thenReturn(roles);
    when(member.hasPermission(Permission.ADMINISTRATOR)).thenReturn(false);
    return member;
  }

  /** A slash command event whose deferred reply and hook are recorded. */
  private static SlashCommandInteractionEvent slash(String name, String sub, Member member, OptionMapping... options) {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    when(event.getName()).thenReturn(name);
    when(event.getSubcommandName()).thenReturn(sub);
    when(event.getOptions()).thenReturn(List.of(options));
    when(event.getChannelId()).thenReturn("salon-1");
    User user = user("4242", false);
    when(event.getUser()).thenReturn(user);
    when(event.getMember()).thenReturn(member);
    when(event.deferReply(anyBoolean())).thenReturn(mock(ReplyCallbackAction.class));
    ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
    InteractionHook hook = mock(InteractionHook.class);
    when(hook.editOriginal(any(MessageEditData.class))).thenReturn(mock(WebhookMessageEditAction.class));
    when(event.getHook()).thenReturn(hook);
    return event;
  }

  private static MessageEditData edited(InteractionHook hook) {
    ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
    verify(hook).editOriginal(captor.capture());
    return captor.getValue();
  }

  @Test
  void everySlashCommandIsACommandOfTheGrammarAndEveryTypedCommandIsDeclared() {
    Set<Command> declared = EnumSet.noneOf(Command.class);
    for (var command : SlashCommands.all()) {
      var slash = (SlashCommandData) command;
      List<String> names = slash.getSubcommands().isEmpty() ? List.of(slash.getName())
          : slash.getSubcommands().stream().map(sub -> slash.getName() + " " + sub.getName()).toList();
      for (String name : names) {
        declared.add(Command.fromFrench(name)
            .orElseThrow(() -> new AssertionError("/" + name + " is no command of the grammar")));
      }
    }
    // Votes are buttons under an answer; thanks are only ever typed.
    assertEquals(EnumSet.complementOf(EnumSet.of(Command.FEEDBACK, Command.THANKS)), declared);
  }

  @Test
  void answersSlashQuestionsWithCitationsAndButtonsAfterDeferring() {
    SlashCommandInteractionEvent event = slash("question", null, null,
        option("texte", OptionType.STRING, "Le CSE est-il consulté ?"));
    bot.onSlashCommandInteraction(event);

    verify(event).deferReply(false);
    MessageEditData data = edited(event.getHook());
    assertEquals("« " + Fixtures.GUIDE.text() + " » [1]", data.getContent());
    assertEquals("Sources", data.getEmbeds().get(0).getTitle());
    assertEquals("[1] Guide des élus, p. 12 — Le rôle du CSE", data.getEmbeds().get(0).getFields().get(0).getName());
    List<String> ids = data.getComponents().get(0).asActionRow().getButtons().stream().map(Button::getCustomId).toList();
    String replyId = ids.get(0).substring("fb:up:".length());
    assertEquals(List.of("fb:up:" + replyId, "fb:down:" + replyId, "show:guide#p12-a1b2c3"), ids);
    assertTrue(members.lines.get(0).endsWith(" " + replyId + " Le CSE est-il consulté ?"));
  }

  @Test
  void votesAndPassageButtonsGoToTheCore() {
    SlashCommandInteractionEvent ask = slash("question", null, null, option("texte", OptionType.STRING, "Le CSE est-il consulté ?"));
    bot.onSlashCommandInteraction(ask);
    String replyId = edited(ask.getHook()).getComponents().get(0).asActionRow().getButtons().get(0).getCustomId()
        .substring("fb:up:".length());

    ButtonInteractionEvent vote = button("fb:up:" + replyId);
    bot.onButtonInteraction(vote);
    verify(vote).deferReply(true);
    assertEquals("Merci pour votre retour !", edited(vote.getHook()).getContent());
    assertEquals("feedback " + members.pseudonym(Platform.DISCORD, "4242") + " " + replyId + " up Le CSE est-il consulté ?",
        members.lines.get(1));

    ButtonInteractionEvent show = button("show:guide#p12-a1b2c3");
    bot.onButtonInteraction(show);
    MessageEditData passage = edited(show.getHook());
    assertEquals("Guide des élus, p. 12 — Le rôle du CSE", passage.getEmbeds().get(0).getTitle());
    assertEquals(Fixtures.GUIDE.text(), passage.getEmbeds().get(0).getDescription());
  }

  private static ButtonInteractionEvent button(String id) {
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    when(event.getComponentId()).thenReturn(id);
    User user = user("4242", false);
    when(event.getUser()).thenReturn(user);
    when(event.getChannelId()).thenReturn("salon-1");
    when(event.deferReply(anyBoolean())).thenReturn(mock(ReplyCallbackAction.class));
    InteractionHook hook = mock(InteractionHook.class);
    when(hook.editOriginal(any(MessageEditData.class))).thenReturn(mock(WebhookMessageEditAction.class));
    when(event.getHook()).thenReturn(hook);
    return event;
  }

  @Test
  void checksRolesAgainAtRunTimeAndAnswersAdminsEphemerally() {
    SlashCommandInteractionEvent stranger = slash("corpus", "liste", member("Adhérents"));
    bot.onSlashCommandInteraction(stranger);
    verify(stranger).deferReply(true);
    assertEquals("Cette commande est réservée aux modérateurs et modératrices du corpus.", edited(stranger.getHook()).getContent());

    SlashCommandInteractionEvent moderator = slash("corpus", "liste", member("Adhérents", "modération"));
    bot.onSlashCommandInteraction(moderator);
    assertEquals("• guide — Guide des élus : 1 passage\n1 document, 1 passage.", edited(moderator.getHook()).getContent());
  }

  @Test
  void aTrainerMarksAGapHandledWithTheSlashCommandsFields() {
    OptionMapping id = option("identifiant", OptionType.STRING, "g-3fa9c2e1");
    OptionMapping note = option("note", OptionType.STRING, "fiche « essai » ajoutée");
    SlashCommandInteractionEvent member = slash("formateurs", "traite", member("Adhérents"), id, note);
    bot.onSlashCommandInteraction(member);
    assertEquals("Cette commande est réservée aux formateurs et formatrices.", edited(member.getHook()).getContent());

    SlashCommandInteractionEvent trainer = slash("formateurs", "traite", member("Formateurs"), id, note);
    bot.onSlashCommandInteraction(trainer);
    verify(trainer).deferReply(true);
    assertEquals("noté [g-3fa9c2e1] [fiche « essai » ajoutée]", edited(trainer.getHook()).getContent());
  }

  @Test
  void checksAnAttachmentsTypeAndSizeBeforeDownloadingIt() throws Exception {
    Message.Attachment docx = attachment("note.docx", "docx", "application/vnd.openxmlformats", 5000, "");
    SlashCommandInteractionEvent wrongType = slash("corpus", "ajouter", member("Modération"), attachmentOption(docx));
    bot.onSlashCommandInteraction(wrongType);
    assertEquals("Format de « note.docx » non pris en charge : envoyez un PDF (.pdf), un texte (.txt) ou du "
        + "Markdown (.md).", replied(wrongType));
    verify(docx, never()).getProxy();
    verify(wrongType, never()).deferReply(anyBoolean());

    Message.Attachment big = attachment("gros.pdf", "pdf", "application/pdf", 5_000_000, "");
    SlashCommandInteractionEvent tooBig = slash("corpus", "ajouter", member("Modération"), attachmentOption(big));
    bot.onSlashCommandInteraction(tooBig);
    assertEquals("« gros.pdf » fait 4,8 Mo, au-delà de la limite de 0,1 Mo : envoyez une version allégée "
        + "(sans images) ou découpez le document.", replied(tooBig));
    verify(big, never()).getProxy();

    String text = "Le télétravail est mis en place par un accord collectif ou, à défaut, par une charte élaborée par "
        + "l'employeur après avis du comité social et économique.\n";
    Message.Attachment txt = attachment("teletravail.txt", "txt", "text/plain; charset=utf-8", text.length(), text);
    SlashCommandInteractionEvent add = slash("corpus", "ajouter", member("Modération"), attachmentOption(txt),
        option("titre", OptionType.STRING, "Note télétravail"));
    bot.onSlashCommandInteraction(add);
    verify(add).deferReply(true);
    assertTrue(edited(add.getHook()).getContent().startsWith("« Note télétravail » est ajouté au corpus sous le nom "
        + "note-teletravail : 1 passage."), edited(add.getHook()).getContent());
    try (var left = Files.list(tmp.resolve("data"))) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("upload-")).toList(),
          "downloaded file deleted");
    }
  }

  /** The text of the immediate (not deferred) reply to {@code event}. */
  private static String replied(SlashCommandInteractionEvent event) {
    ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(event).reply(captor.capture());
    return captor.getValue().getContent();
  }

  private static OptionMapping attachmentOption(Message.Attachment attachment) {
    OptionMapping option = mock(OptionMapping.class);
    when(option.getName()).thenReturn("fichier");
    when(option.getType()).thenReturn(OptionType.ATTACHMENT);
    when(option.getAsAttachment()).thenReturn(attachment);
    return option;
  }

  /** An attachment whose download writes {@code content} where JDA would. */
  private static Message.Attachment attachment(String name, String extension, String type, int size, String content) {
    Message.Attachment attachment = mock(Message.Attachment.class);
    when(attachment.getFileName()).thenReturn(name);
    when(attachment.getFileExtension()).thenReturn(extension);
    when(attachment.getContentType()).thenReturn(type);
    when(attachment.getSize()).thenReturn(size);
    NamedAttachmentProxy proxy = mock(NamedAttachmentProxy.class);
    when(proxy.downloadToPath(any(Path.class))).thenAnswer(call -> {
      Path target = call.getArgument(0);
      Files.writeString(target, content);
      return CompletableFuture.completedFuture(target);
    });
    when(attachment.getProxy()).thenReturn(proxy);
    return attachment;
  }

  @Test
  void answersMentionsButNeverBotsNorOrdinaryChatter() {
    MessageCreateAction sent = mock(MessageCreateAction.class, RETURNS_SELF);
    MessageReceivedEvent mention = message("<@999> Le CSE est-il consulté ?", true, false, sent);
    bot.onMessageReceived(mention);
    ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(mention.getMessage()).reply(captor.capture());
    assertEquals("« " + Fixtures.GUIDE.text() + " » [1]", captor.getValue().getContent());
    verify(sent).mentionRepliedUser(false);

    MessageReceivedEvent fromBot = message("<@999> Le CSE est-il consulté ?", true, true, sent);
    bot.onMessageReceived(fromBot);
    verify(fromBot.getMessage(), never()).reply(any(MessageCreateData.class));

    MessageReceivedEvent chatter = message("Le CSE est-il consulté ?", false, false, sent);
    bot.onMessageReceived(chatter);
    verify(chatter.getMessage(), never()).reply(any(MessageCreateData.class));
    assertEquals(1, members.lines.size());
  }

  private static MessageReceivedEvent message(String content, boolean mentioned, boolean fromBot, MessageCreateAction sent) {
    MessageReceivedEvent event = mock(MessageReceivedEvent.class);
    JDA jda = mock(JDA.class);
    SelfUser self = mock(SelfUser.class);
    when(self.getId()).thenReturn("999");
    when(jda.getSelfUser()).thenReturn(self);
    when(event.getJDA()).thenReturn(jda);
    User author = user(fromBot ? "555" : "4242", fromBot);
    when(event.getAuthor()).thenReturn(author);
    when(event.isFromGuild()).thenReturn(true);
    Message message = mock(Message.class);
    Mentions mentions = mock(Mentions.class);
    when(mentions.isMentioned(self, Message.MentionType.USER)).thenReturn(mentioned);
    when(message.getMentions()).thenReturn(mentions);
    when(message.getContentRaw()).thenReturn(content);
    when(message.reply(any(MessageCreateData.class))).thenReturn(sent);
    when(event.getMessage()).thenReturn(message);
    MessageChannelUnion channel = mock(MessageChannelUnion.class);
    when(channel.getId()).thenReturn("salon-1");
    when(event.getChannel()).thenReturn(channel);
    Member member = member();
    when(event.getMember()).thenReturn(member);
    return event;
  }
}
