package fr.permanence.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.ParsedCommand;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Room events in, what they ask of the bot out: exact values, no homeserver. */
class MatrixMessagesTest {
  private static final String ME = "@permanence:example.org";
  private final MatrixMessages messages = new MatrixMessages(ME);
  private final ObjectMapper json = new ObjectMapper();

  private Optional<MatrixMessages.Translated> read(String event, boolean direct) throws Exception {
    return messages.translate(json.readTree(event), direct, Set.of("$reponse")::contains);
  }

  private static String text(String sender, String contentExtra, String body) {
    return """
        {"type":"m.room.message","event_id":"$e","sender":"%s","content":{"msgtype":"m.text","body":"%s"%s}}"""
        .formatted(sender, body, contentExtra);
  }

  private static MatrixMessages.Text ask(String question, String thread) {
    return new MatrixMessages.Text(new ParsedCommand(Command.ASK, question, Map.of()), thread, "");
  }

  @Test
  void commandsAreReadEverywhere() throws Exception {
    assertEquals(Optional.of(new MatrixMessages.Text(new ParsedCommand(Command.CORPUS_LIST, "", Map.of()), "", "")),
        read(text("@a:x", "", "!corpus liste"), false));
    assertEquals(Optional.of(ask("Le CSE est-il consulté ?", "")), read(text("@a:x", "", "!question Le CSE est-il consulté ?"), false));
  }

  @Test
  void plainTextIsAQuestionOnlyWhenAddressed() throws Exception {
    assertEquals(Optional.empty(), read(text("@a:x", "", "On se retrouve à midi ?"), false));
    assertEquals(Optional.of(ask("On se retrouve à midi ?", "")), read(text("@a:x", "", "On se retrouve à midi ?"), true));
    assertEquals(Optional.of(ask("le CSE ?", "")), read(text("@a:x", "", "Permanence: le CSE ?"), false));
    assertEquals(Optional.of(ask("le CSE ?", "")), read(text("@a:x", ",\"m.mentions\":{\"user_ids\":[\"" + ME + "\"]}",
        "le CSE ?"), false));
    assertEquals(Optional.of(ask("et le CSE ?", "")), read(text("@a:x", "", ME + " et le CSE ?"), false));
  }

  @Test
  void aReplyToTheBotIsAddressedToItWithoutItsQuote() throws Exception {
    String fallback = "> <" + ME + "> « Le comité… »\\n> suite\\n\\nEt pour les congés ?";
    assertEquals(Optional.of(ask("Et pour les congés ?", "")), read(text("@a:x", "", fallback), false));
    String reply = ",\"m.relates_to\":{\"m.in_reply_to\":{\"event_id\":\"$reponse\"}}";
    assertEquals(Optional.of(new MatrixMessages.Text(new ParsedCommand(Command.THANKS, "", Map.of()), "", "$reponse")),
        read(text("@a:x", reply, "Merci !"), false));
    assertEquals(Optional.of(new MatrixMessages.Text(new ParsedCommand(Command.FEEDBACK, "", Map.of("vote", "down",
        "raison", "hors sujet")), "", "$reponse")), read(text("@a:x", reply, "👎 hors sujet"), false));
    assertEquals(Optional.empty(), read(text("@a:x", ",\"m.relates_to\":{\"m.in_reply_to\":{\"event_id\":\"$autre\"}}",
        "> <@b:x> salut\\n\\nMerci !"), false));
  }

  @Test
  void threadsAreKept() throws Exception {
    String thread = ",\"m.relates_to\":{\"rel_type\":\"m.thread\",\"event_id\":\"$racine\",\"is_falling_back\":true}";
    assertEquals(Optional.of(ask("Et les congés ?", "$racine")), read(text("@a:x", thread, "!q Et les congés ?"), false));
    String onAnswer = ",\"m.relates_to\":{\"rel_type\":\"m.thread\",\"event_id\":\"$reponse\"}";
    assertEquals(Optional.of(ask("Et les congés ?", "$reponse")), read(text("@a:x", onAnswer, "Et les congés ?"), false));
  }

  @Test
  void editsNoticesOwnEventsAndStateAreNothing() throws Exception {
    assertEquals(Optional.empty(), read(text("@a:x", ",\"m.relates_to\":{\"rel_type\":\"m.replace\",\"event_id\":\"$e0\"}",
        "!aide"), true));
    assertEquals(Optional.empty(), read(text(ME, "", "!aide"), true));
    assertEquals(Optional.empty(), read("""
        {"type":"m.room.message","sender":"@bot:x","content":{"msgtype":"m.notice","body":"!aide"}}""", true));
    assertEquals(Optional.empty(), read("""
        {"type":"m.room.member","state_key":"@a:x","sender":"@a:x","content":{"membership":"join"}}""", true));
  }

  @Test
  void encryptedMessagesAreSeenAsSuch() throws Exception {
    assertEquals(Optional.of(new MatrixMessages.Encrypted()), read("""
        {"type":"m.room.encrypted","sender":"@a:x","content":{"algorithm":"m.megolm.v1.aes-sha2","ciphertext":"AwgA"}}""",
        true));
  }

  @Test
  void captionedFilesAreUploads() throws Exception {
    String file = """
        {"type":"m.room.message","sender":"@m:x","content":{"msgtype":"m.file","body":"%s","filename":"guide.pdf",
         "url":"mxc://x/Ab1","info":{"mimetype":"application/pdf","size":1234}}}""";
    assertEquals(Optional.of(new MatrixMessages.Upload(new ParsedCommand(Command.CORPUS_ADD, "Guide des élus", Map.of()),
        "guide.pdf", "application/pdf", 1234, "mxc://x/Ab1", "")), read(file.formatted("!corpus ajouter Guide des élus"), false));
    assertEquals(Optional.empty(), read(file.formatted("guide.pdf"), true), "a file shared, not sent to the bot");
    assertEquals(Optional.empty(), read(file.formatted("!aide"), true));
  }

  @Test
  void thumbsAreVotes() throws Exception {
    String reaction = """
        {"type":"m.reaction","sender":"@a:x","content":{"m.relates_to":{"rel_type":"m.annotation","event_id":"$r",
         "key":"%s"}}}""";
    assertEquals(Optional.of(new MatrixMessages.Vote("$r", true)), read(reaction.formatted("👍"), false));
    assertEquals(Optional.of(new MatrixMessages.Vote("$r", false)), read(reaction.formatted("👎\uFE0F"), false));
    assertEquals(Optional.of(new MatrixMessages.Vote("$r", true)), read(reaction.formatted("👍🏽"), false));
    assertEquals(Optional.empty(), read(reaction.formatted("❤️"), false));
  }
}
