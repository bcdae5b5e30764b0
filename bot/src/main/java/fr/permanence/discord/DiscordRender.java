package fr.permanence.discord;

import fr.permanence.answer.Citation;
import fr.permanence.conversation.Action;
import fr.permanence.conversation.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Lays a reply out as a Discord message within Discord's limits: the answer as content, the
 * citations in an embed (one field each), the votes and "see the passage" as buttons; a shown
 * passage as an embed; text too long for a message goes into an embed description, and beyond
 * that into an attached file.
 */
public final class DiscordRender {
  /** Button id prefixes; the rest of the id is the reply id or the passage id. */
  static final String VOTE_UP = "fb:up:";
  static final String VOTE_DOWN = "fb:down:";
  static final String SHOW = "show:";
  /** The union's red, for embeds. */
  private static final int COLOR = 0xC8102E;

  private DiscordRender() {}

  /** {@code text} alone, as a message that pings nobody. */
  public static MessageCreateData notice(String text) {
    return silent(new MessageCreateBuilder()).setContent(DiscordLimits.cut(text, DiscordLimits.CONTENT)).build();
  }

  /**
   * {@code message} allowing no mention at all: an "@everyone" or a role quoted from a member's
   * question shows as text and notifies nobody, and a reply does not ping the person it answers.
   */
  private static MessageCreateBuilder silent(MessageCreateBuilder message) {
    return message.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).mentionRepliedUser(false);
  }

  public static MessageCreateData render(Reply reply) {
    MessageCreateBuilder message = silent(new MessageCreateBuilder());
    List<MessageEmbed> embeds = new ArrayList<>();
    String text = reply.text();
    if (!reply.title().isEmpty()) {
      EmbedBuilder shown = new EmbedBuilder().setColor(COLOR)
          .setTitle(DiscordLimits.cut(reply.title(), DiscordLimits.EMBED_TITLE), url(reply))
          .setDescription(DiscordLimits.cut(text, DiscordLimits.EMBED_DESCRIPTION));
      reply.sources().stream().findFirst().ifPresent(c -> shown.setFooter(DiscordLimits.cut(c.passageId(), DiscordLimits.FOOTER)));
      embeds.add(shown.build());
      if (text.length() > DiscordLimits.EMBED_DESCRIPTION) {
        message.addFiles(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8), "passage.txt"));
      }
    } else if (text.length() <= DiscordLimits.CONTENT) {
      message.setContent(text);
    } else {
      embeds.add(new EmbedBuilder().setColor(COLOR)
          .setDescription(DiscordLimits.cut(text, DiscordLimits.EMBED_DESCRIPTION)).build());
      if (text.length() > DiscordLimits.EMBED_DESCRIPTION) {
        message.addFiles(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8), "message.txt"));
      }
    }
    if (reply.title().isEmpty() && !reply.sources().isEmpty()) {
      embeds.add(sources(reply.sources(), embeds.stream().mapToInt(MessageEmbed::getLength).sum()));
    }
    message.setEmbeds(embeds);
    List<ActionRow> rows = buttons(reply.actions());
    if (!rows.isEmpty()) {
      message.setComponents(rows);
    }
    if (reply.file() != null) {
      message.addFiles(FileUpload.fromData(reply.file().content().getBytes(StandardCharsets.UTF_8), reply.file().name()));
    }
    return message.build();
  }

  private static String url(Reply reply) {
    return reply.sources().isEmpty() || reply.sources().get(0).url().isEmpty() ? null : reply.sources().get(0).url();
  }

  /** One field per citation, as many as fit in the embed limits beside {@code used} characters. */
  private static MessageEmbed sources(List<Citation> citations, int used) {
    EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setTitle("Sources");
    int length = used + "Sources".length();
    int shown = 0;
    for (int i = 0; i < citations.size() && shown < DiscordLimits.EMBED_FIELDS; i++) {
      Citation c = citations.get(i);
      String name = DiscordLimits.cut("[" + (i + 1) + "] " + c.briefLabel(), DiscordLimits.FIELD_NAME);
      String value = DiscordLimits.cut((c.url().isEmpty() ? "" : "[Légifrance](" + c.url() + ")\n") + "`" + c.passageId()
          + "`", DiscordLimits.FIELD_VALUE);
      if (length + name.length() + value.length() > DiscordLimits.EMBED_TOTAL) {
        break;
      }
      embed.addField(name, value, false);
      length += name.length() + value.length();
      shown++;
    }
    return embed.build();
  }

  private static List<ActionRow> buttons(List<Action> actions) {
    List<Button> buttons = new ArrayList<>();
    for (Action a : actions) {
      String id = switch (a.kind()) {
        case FEEDBACK_UP -> VOTE_UP + a.value();
        case FEEDBACK_DOWN -> VOTE_DOWN + a.value();
        case SHOW_PASSAGE -> SHOW + a.value();
      };
      if (id.length() > DiscordLimits.CUSTOM_ID) {
        continue; // a passage id too long for a button: the id is still in the Sources embed
      }
      String label = DiscordLimits.cut(a.label(), DiscordLimits.BUTTON_LABEL);
      buttons.add(switch (a.kind()) {
        case FEEDBACK_UP -> Button.success(id, label);
        case FEEDBACK_DOWN -> Button.danger(id, label);
        case SHOW_PASSAGE -> Button.secondary(id, label);
      });
    }
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size() && rows.size() < DiscordLimits.ACTION_ROWS; i += DiscordLimits.BUTTONS_PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + DiscordLimits.BUTTONS_PER_ROW))));
    }
    return rows;
  }
}
