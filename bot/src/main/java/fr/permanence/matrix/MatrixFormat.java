package fr.permanence.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.permanence.answer.Citation;
import fr.permanence.conversation.Action;
import fr.permanence.conversation.Reply;
import java.util.List;

/**
 * Lays a reply out as an {@code m.notice}: plain {@code body} and HTML {@code formatted_body}.
 * Immutable (Jackson's mapper is thread-safe once configured), hence safe for use by several threads.
 */
final class MatrixFormat {
  /** Longest body: events are limited to 65,536 bytes, and the HTML doubles the text. */
  static final int MAX_BODY = 16_000;

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The content of the notice answering event {@code inReplyTo} (or null), in the thread rooted
   * at {@code threadRoot} when it is not "".
   */
  ObjectNode notice(Reply reply, String inReplyTo, String threadRoot) {
    StringBuilder body = new StringBuilder();
    StringBuilder html = new StringBuilder();
    if (!reply.title().isEmpty()) {
      body.append(reply.title()).append("\n\n");
      html.append("<p><strong>").append(escape(reply.title())).append("</strong></p>");
    }
    String text = cut(reply.text());
    body.append(text);
    html.append(paragraphs(text));
    if (reply.file() != null) {
      String file = cut(reply.file().content());
      body.append("\n\n").append(file);
      html.append("<pre>").append(escape(file)).append("</pre>");
    }
    List<Citation> sources = reply.sources();
    if (!sources.isEmpty() && reply.title().isEmpty()) {
      body.append("\n\nSources :");
      html.append("<p>Sources :</p><ol>");
      for (int i = 0; i < sources.size(); i++) {
        Citation c = sources.get(i);
        String label = c.briefLabel();
        body.append("\n[").append(i + 1).append("] ").append(label);
        html.append("<li>").append(c.url().isEmpty() ? escape(label)
            : "<a href=\"" + escape(c.url()) + "\">" + escape(label) + "</a>");
        if (!c.url().isEmpty()) {
          body.append(" — ").append(c.url());
        }
        body.append(" (en entier : !passage ").append(c.passageId()).append(')');
        html.append(" — <code>!passage ").append(escape(c.passageId())).append("</code></li>");
      }
      html.append("</ol>");
    } else if (!sources.isEmpty() && !sources.get(0).url().isEmpty()) {
      body.append("\n\n").append(sources.get(0).url());
      html.append("<p><a href=\"").append(escape(sources.get(0).url())).append("\">Source</a></p>");
    }
    if (reply.actions().stream().anyMatch(a -> a.kind() == Action.Kind.FEEDBACK_UP)) {
      body.append("\n\nRéagissez 👍 ou 👎 à ce message pour dire si la réponse vous a aidé.");
      html.append("<p><em>Réagissez 👍 ou 👎 à ce message pour dire si la réponse vous a aidé.</em></p>");
    }
    ObjectNode content = json.createObjectNode();
    content.put("msgtype", "m.notice");
    content.put("body", body.toString());
    content.put("format", "org.matrix.custom.html");
    content.put("formatted_body", html.toString());
    content.putObject("m.mentions"); // no pings: quotes may contain ids or @room
    if (!threadRoot.isEmpty()) {
      // A real reply inside the thread: is_falling_back false, so clients show what it answers.
      ObjectNode relation = content.putObject("m.relates_to").put("rel_type", "m.thread").put("event_id", threadRoot)
          .put("is_falling_back", false);
      if (inReplyTo != null) {
        relation.putObject("m.in_reply_to").put("event_id", inReplyTo);
      }
    } else if (inReplyTo != null) {
      content.putObject("m.relates_to").putObject("m.in_reply_to").put("event_id", inReplyTo);
    }
    return content;
  }

  /** An annotation (reaction) {@code key} on {@code eventId}. */
  ObjectNode reaction(String eventId, String key) {
    ObjectNode content = json.createObjectNode();
    content.putObject("m.relates_to").put("rel_type", "m.annotation").put("event_id", eventId).put("key", key);
    return content;
  }

  private static String cut(String text) {
    return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY - 1) + "…";
  }

  private static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\n{2,}")) {
      html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
    }
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
