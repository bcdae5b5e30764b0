package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.CommandGrammar;
import fr.permanence.conversation.ParsedCommand;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads Matrix room events as what they ask of the bot: a question or command, a file sent to
 * the corpus, a vote on an answer, or an encrypted message it cannot read; anything else (chatter, edits, notices of other bots, state
 * changes, the bot's own events) is nothing. Pure: the same event and context give the same
 * result, without any call to the homeserver. Immutable, hence safe for use by several threads.
 */
final class MatrixMessages {
  /** What commands start with on Matrix. */
  static final String PREFIX = "!";
  private static final String UP = "👍";
  private static final String DOWN = "👎";

  /** What an event asks of the bot. */
  sealed interface Translated permits Text, Upload, Vote, Encrypted {}

  /**
   * A question or command.
   *
   * @param parsed the command and its text
   * @param threadRoot the root of the thread it was sent in, or "" outside threads
   * @param repliedTo the event it replies to, or ""
   */
  record Text(ParsedCommand parsed, String threadRoot, String repliedTo) implements Translated {}

  /**
   * A file captioned with {@code !corpus ajouter} or {@code !corpus remplacer}.
   *
   * @param parsed the command of the caption
   * @param fileName the file's name as sent
   * @param mimeType the announced type, or ""
   * @param size the announced size in bytes, or 0
   * @param url its {@code mxc://} address
   * @param threadRoot the root of the thread it was sent in, or ""
   */
  record Upload(ParsedCommand parsed, String fileName, String mimeType, long size, String url, String threadRoot)
      implements Translated {}

  /**
   * A 👍 or 👎 reaction.
   *
   * @param answerEventId the event reacted to
   * @param helpful 👍
   */
  record Vote(String answerEventId, boolean helpful) implements Translated {}

  /** An end-to-end encrypted message, which the bot cannot read. */
  record Encrypted() implements Translated {}

  private final String botUserId;
  private final String localpart;

  /** @param botUserId the bot's Matrix id, "@permanence:example.org" */
  MatrixMessages(String botUserId) {
    this.botUserId = Objects.requireNonNull(botUserId, "botUserId");
    int colon = botUserId.indexOf(':');
    this.localpart = (colon > 0 ? botUserId.substring(1, colon) : botUserId.substring(1)).toLowerCase(Locale.ROOT);
  }

  /**
   * What {@code event} asks of the bot.
   *
   * @param direct whether its room is a direct conversation with the bot
   * @param botEvent whether an event id is one of the bot's messages (for replies and threads to it)
   */
  Optional<Translated> translate(JsonNode event, boolean direct, Predicate<String> botEvent) {
    if (event.path("sender").asText().equals(botUserId) || event.has("state_key")) {
      return Optional.empty();
    }
    return switch (event.path("type").asText()) {
      case "m.room.message" -> message(event.path("content"), direct, botEvent);
      case "m.reaction" -> vote(event.path("content").path("m.relates_to"));
      case "m.room.encrypted" -> Optional.of(new Encrypted());
      default -> Optional.empty(); // membership, redactions…: nothing to answer
    };
  }

  private Optional<Translated> message(JsonNode content, boolean direct, Predicate<String> botEvent) {
    JsonNode relation = content.path("m.relates_to");
    if ("m.replace".equals(relation.path("rel_type").asText())) {
      return Optional.empty(); // an edit of an earlier message, answered already
    }
    String threadRoot = "m.thread".equals(relation.path("rel_type").asText()) ? relation.path("event_id").asText("") : "";
    String msgtype = content.path("msgtype").asText();
    if ("m.file".equals(msgtype)) {
      return upload(content, threadRoot);
    }
    if (!"m.text".equals(msgtype)) {
      return Optional.empty(); // notices are bots speaking (never answered), images, emotes…
    }
    String body = content.path("body").asText("");
    String repliedTo = relation.path("m.in_reply_to").path("event_id").asText("");
    boolean toBot = (!repliedTo.isEmpty() && botEvent.test(repliedTo)) || (!threadRoot.isEmpty() && botEvent.test(threadRoot))
        || quotesBot(body);
    String text = withoutReplyFallback(body);
    boolean mentioned = mentions(content, text);
    if (mentioned) {
      text = withoutMention(text);
    }
    return CommandGrammar.parse(text, PREFIX, mentioned || direct || toBot).map(p -> new Text(p, threadRoot, repliedTo));
  }

  private Optional<Translated> upload(JsonNode content, String threadRoot) {
    String fileName = content.path("filename").asText(content.path("body").asText(""));
    // Since Matrix 1.10 a body differing from the filename is the file's caption.
    String caption = content.has("filename") ? content.path("body").asText("") : "";
    return CommandGrammar.parse(caption, PREFIX, false)
        .filter(p -> p.command() == Command.CORPUS_ADD || p.command() == Command.CORPUS_REPLACE)
        .map(p -> new Upload(p, fileName, content.path("info").path("mimetype").asText(""),
            content.path("info").path("size").asLong(0), content.path("url").asText(""), threadRoot));
  }

  private static Optional<Translated> vote(JsonNode relation) {
    String key = relation.path("key").asText().replace("\uFE0F", ""); // emoji presentation selector
    if (!"m.annotation".equals(relation.path("rel_type").asText()) || !(key.startsWith(UP) || key.startsWith(DOWN))) {
      return Optional.empty();
    }
    return Optional.of(new Vote(relation.path("event_id").asText(""), key.startsWith(UP)));
  }

  private boolean mentions(JsonNode content, String text) {
    for (JsonNode id : content.path("m.mentions").path("user_ids")) {
      if (botUserId.equals(id.asText())) {
        return true;
      }
    }
    return text.contains(botUserId) || text.toLowerCase(Locale.ROOT).startsWith(localpart + ":");
  }

  private String withoutMention(String body) {
    String text = body.replace(botUserId, " ").strip();
    if (text.toLowerCase(Locale.ROOT).startsWith(localpart + ":")) {
      text = text.substring(localpart.length() + 1);
    }
    return text.replaceAll("^[\\s:,]+", "").strip();
  }

  /** Whether the reply fallback quotes the bot: "> <@permanence:example.org> …". */
  private boolean quotesBot(String body) {
    return body.startsWith("> <" + botUserId + ">");
  }

  /** The body without the "> <@alice:x> earlier message" lines clients put before a reply. */
  static String withoutReplyFallback(String body) {
    if (!body.startsWith(">")) {
      return body;
    }
    String[] lines = body.split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].startsWith(">")) {
      i++;
    }
    return String.join("\n", Arrays.copyOfRange(lines, i, lines.length)).strip();
  }
}
