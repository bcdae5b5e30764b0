package fr.permanence.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Discord's message limits (developer documentation, "Message" and "Embed Limits"), and a check of a message against them. */
public final class DiscordLimits {
  public static final int CONTENT = 2000;
  public static final int EMBEDS = 10;
  public static final int EMBED_TITLE = 256;
  public static final int EMBED_DESCRIPTION = 4096;
  public static final int EMBED_FIELDS = 25;
  public static final int FIELD_NAME = 256;
  public static final int FIELD_VALUE = 1024;
  public static final int FOOTER = 2048;
  /** All titles, descriptions, field names and values and footers of all embeds of a message together. */
  public static final int EMBED_TOTAL = 6000;
  public static final int ACTION_ROWS = 5;
  public static final int BUTTONS_PER_ROW = 5;
  public static final int BUTTON_LABEL = 80;
  public static final int CUSTOM_ID = 100;

  private DiscordLimits() {}

  /** What in {@code message} breaks a limit, in words; empty when it respects them all. */
  public static List<String> violations(MessageCreateData message) {
    List<String> problems = new ArrayList<>();
    check(problems, "content", message.getContent().length(), CONTENT);
    check(problems, "embeds", message.getEmbeds().size(), EMBEDS);
    int total = 0;
    for (MessageEmbed embed : message.getEmbeds()) {
      check(problems, "embed title", length(embed.getTitle()), EMBED_TITLE);
      check(problems, "embed description", length(embed.getDescription()), EMBED_DESCRIPTION);
      check(problems, "embed fields", embed.getFields().size(), EMBED_FIELDS);
      for (MessageEmbed.Field field : embed.getFields()) {
        check(problems, "field name", length(field.getName()), FIELD_NAME);
        check(problems, "field value", length(field.getValue()), FIELD_VALUE);
      }
      check(problems, "footer", embed.getFooter() == null ? 0 : length(embed.getFooter().getText()), FOOTER);
      total += embed.getLength();
    }
    check(problems, "embeds total", total, EMBED_TOTAL);
    check(problems, "action rows", message.getComponents().size(), ACTION_ROWS);
    for (MessageTopLevelComponentUnion component : message.getComponents()) {
      ActionRow row = component.asActionRow();
      check(problems, "buttons in a row", row.getComponents().size(), BUTTONS_PER_ROW);
      for (Button button : row.getButtons()) {
        check(problems, "button label", length(button.getLabel()), BUTTON_LABEL);
        check(problems, "custom id", length(button.getCustomId()), CUSTOM_ID);
      }
    }
    return problems;
  }

  /** {@code text} cut to {@code max} characters, ending with "…" when cut. */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end)) || Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split an emoji in two
    }
    return text.substring(0, end) + "…";
  }

  private static void check(List<String> problems, String what, int value, int max) {
    if (value > max) {
      problems.add(what + " " + value + " > " + max);
    }
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
