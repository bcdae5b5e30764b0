package fr.permanence.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Messages that ask nothing: thanks, agreement, goodbyes ("Merci !", "ok super, merci
 * beaucoup 🙏"). Sent in reply to an answer or by direct message, they get a short
 * acknowledgement, not a search of the texts, and are not logged as questions. A message with
 * any other word is a question. Immutable, hence safe for use by several threads.
 */
final class Courtesy {
  /** What the bot says to them. */
  static final String ACKNOWLEDGEMENT = "Avec plaisir ! Si vous avez une autre question, n'hésitez pas.";
  /**
   * Words of thanks, agreement and leave-taking in everyday French (accents removed, lowercase),
   * with their common spellings and the politeness words around them.
   */
  private static final Set<String> WORDS = Set.of(
      "merci", "mercii", "merciii", "mci", "thanks", "thank", "you", "thx", "beaucoup", "bcp", "mille", "fois",
      "infiniment", "bien", "tres", "vraiment", "encore", "ok", "okay", "oki", "okk", "d", "accord", "daccord", "dac",
      "entendu", "compris", "note", "super", "parfait", "top", "genial", "cool", "nickel", "excellent", "impec",
      "impeccable", "ca", "marche", "roule", "c", "est", "gentil", "sympa", "a", "vous", "toi", "pour", "votre",
      "ta", "aide", "reponse", "bonne", "journee", "soiree", "fin", "de", "semaine", "au", "revoir", "bye", "ciao",
      "salut", "a+", "plus", "bonsoir", "yes", "oui", "ah", "oh", "haha", "lol");

  private Courtesy() {}

  /** Whether {@code text} is only courtesy: no word outside {@link #WORDS}, or no word at all (emoji). */
  static boolean only(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    if (folded.contains("?")) {
      return false; // a question mark asks something, whatever the words
    }
    String[] words = folded.replaceAll("[^\\p{L}\\p{N}+]+", " ").strip().split(" ");
    for (String word : words) {
      if (!word.isEmpty() && !WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
