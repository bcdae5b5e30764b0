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

  /**
   * A question asking who someone is ("qui dirige…", "c'est qui le…", "le nom du…", "qui est la
   * secrétaire…"): the texts — the law, the Ministry's sheets, the agreement, the union's
   * documents — explain rules and positions, they are no directory of today's office holders.
   */
  private static final Pattern ASKS_FOR_A_PERSON = Pattern.compile(
      "(?iu)\\b(?:qui\\s+(?:dirige|préside|preside|représente|represente|s'occupe|s’occupe|est\\s+(?:le|la|l'|l’)\\s*"
          + "(?:président|présidente|president|presidente|secrétaire|secretaire|directeur|directrice|dirigeant|dirigeante"
          + "|patron|patronne|chef|inspecteur|inspectrice|médecin|medecin|délégué|déléguée|delegue|deleguee))"
          + "|c'?\\s*est\\s+qui|c’\\s*est\\s+qui|comment\\s+s['’]appelle|(?:le|son|leur)\\s+nom\\s+(?:du|de|d['’]))");

  private QuestionFocus() {}

  /** Whether {@code focus} asks who someone is ({@link #ASKS_FOR_A_PERSON}). */
  static boolean asksForAPerson(String focus) {
    return ASKS_FOR_A_PERSON.matcher(focus).find();
  }

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
