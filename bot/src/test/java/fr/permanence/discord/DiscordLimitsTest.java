package fr.permanence.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.answer.Citation;
import fr.permanence.conversation.Action;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.ReplyFile;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordLimitsTest {
  private static final String LONG_TITLE = "Rapport du Conseil national de la refondation sur les transitions numériques ".repeat(5);

  private static List<Citation> citations(int n, String idSuffix) {
    List<Citation> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Citation("doc-" + i + "#p" + i + "-abcdef" + idSuffix, "doc-" + i, LONG_TITLE, i + 1,
          "Section ".repeat(40), i % 2 == 0 ? "L2312-" + i : "", i % 2 == 0
              ? "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI0000" + "3".repeat(900) : ""));
    }
    return out;
  }

  private static List<Action> actions(String replyId, List<Citation> sources) {
    List<Action> actions = new ArrayList<>(List.of(new Action(Action.Kind.FEEDBACK_UP, "👍 Utile", replyId),
        new Action(Action.Kind.FEEDBACK_DOWN, "👎 Pas utile", replyId)));
    for (int i = 0; i < sources.size(); i++) {
      actions.add(new Action(Action.Kind.SHOW_PASSAGE, "Voir le passage " + (i + 1) + " ".repeat(100), sources.get(i).passageId()));
    }
    return actions;
  }

  @Test
  void everyKindOfReplyFitsDiscordLimits() {
    List<Citation> many = citations(40, "");
    List<Reply> replies = List.of(
        new Reply("a1", "", "Réponse courte.", many.subList(0, 3), actions("a1", many.subList(0, 3)), false, null),
        new Reply("a2", "", "« citation » ".repeat(160), many, actions("a2", many), false, null),
        new Reply("a3", "", "x".repeat(1999) + "🙂", many, actions("a3", citations(40, "-" + "z".repeat(120))), false, null),
        new Reply("a4", "", "liste ".repeat(2000), List.of(), List.of(), true, null),
        new Reply("p1", LONG_TITLE, "Passage entier. ".repeat(700), many.subList(0, 1), List.of(), true, null),
        new Reply("r1", "", "Voici le rapport.", List.of(), List.of(), true, new ReplyFile("rapport.md", "# R\n".repeat(5000))));
    for (Reply reply : replies) {
      MessageCreateData data = DiscordRender.render(reply);
      assertEquals(List.of(), DiscordLimits.violations(data), reply.id());
    }
  }

  @Test
  void keepsTheAnswerWholeWhenItFits() {
    List<Citation> three = citations(3, "");
    MessageCreateData data = DiscordRender.render(new Reply("a1", "", "Réponse.", three, actions("a1", three), false, null));
    assertEquals("Réponse.", data.getContent());
    assertEquals(3, data.getEmbeds().get(0).getFields().size());
    assertEquals("fb:up:a1", data.getComponents().get(0).asActionRow().getButtons().get(0).getCustomId());
    assertEquals(5, data.getComponents().get(0).asActionRow().getButtons().size());
  }

  @Test
  void findsMessagesBeyondTheLimits() {
    MessageCreateData tooMuch = new MessageCreateBuilder().setEmbeds(
        new EmbedBuilder().setDescription("a".repeat(4000)).build(),
        new EmbedBuilder().setDescription("b".repeat(4000)).build()).build();
    assertEquals(List.of("embeds total 8000 > 6000"), DiscordLimits.violations(tooMuch));
  }

  @Test
  void cutsWithoutSplittingAnEmoji() {
    assertEquals("abc…", DiscordLimits.cut("abcdef", 4));
    assertEquals("ab…", DiscordLimits.cut("ab🙂def", 4));
    assertEquals("abc", DiscordLimits.cut("abc", 4));
  }
}
