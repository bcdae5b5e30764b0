package fr.permanence.search;

import fr.permanence.text.SentenceSplitter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a member's message that asks the question. A situation-rich message tells the
 * situation first ("Je bosse dans une ESN à Lyon depuis 2019, on utilise Slack.") and asks last
 * ("Mon employeur peut-il lire mes messages ?"): the asking sentences — those with a question
 * mark, or else the last one — without parenthesised asides ("(ESN de 600 personnes)"). Names and
 * coverage are checked against the focus, so that the context's tool, city or year never turns
 * an answerable question into a refusal.
 */
final class QuestionFocus {
  /** An aside in brackets: context, not what is asked. */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)");

  private QuestionFocus() {}

  /** The asking part of {@code message}; the whole message when it is one sentence. */
  static String of(String message) {
    List<String> sentences = SentenceSplitter.sentences(message);
    String focus;
    if (sentences.size() <= 1) {
      focus = message;
    } else {
      List<String> asking = sentences.stream().filter(s -> s.indexOf('?') >= 0).toList();
      focus = asking.isEmpty() ? sentences.get(sentences.size() - 1) : String.join(" ", asking);
    }
    String withoutAsides = ASIDE.matcher(focus).replaceAll("").strip();
    return withoutAsides.isEmpty() ? focus : withoutAsides;
  }
}
