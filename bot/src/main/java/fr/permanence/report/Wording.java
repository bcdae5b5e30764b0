package fr.permanence.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a question is about, as a set of normalized words: accents, case, punctuation, French
 * function words and plural endings do not count, so "Combien d'heures de délégation ?" and
 * "combien d heure delegation" have the same set.
 */
final class Wording {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Plurals are stripped from words this long or longer, so "cse"/"rps" keep their last letter. */
  private static final int MIN_STEM_LENGTH = 4;
  /** Words that say nothing of the subject in members' questions (accents already removed). */
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "ai", "au", "aux", "avec", "bonjour", "ce", "ces", "cet", "cette", "comment", "d", "dans", "de",
      "des", "du", "elle", "en", "est", "et", "etre", "il", "ils", "j", "je", "l", "la", "le", "les", "leur",
      "lui", "m", "ma", "mais", "me", "mes", "moi", "mon", "n", "ne", "nous", "on", "ou", "par", "pas",
      "pour", "qu", "que", "quel", "quelle", "quelles", "quels", "qui", "s", "sa", "se", "ses", "si", "son",
      "sont", "sur", "svp", "t", "ta", "te", "tes", "ton", "tu", "un", "une", "vos", "votre", "vous", "y",
      "merci", "stp", "peut", "peux", "puis", "faut", "c", "ca");

  private Wording() {}

  /** The normalized words of a question, sorted. */
  static String[] tokens(String question) {
    String folded = MARKS.matcher(Normalizer.normalize(question, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    TreeSet<String> words = new TreeSet<>();
    for (String word : NOT_WORD.split(folded)) {
      if (word.isEmpty() || STOP_WORDS.contains(word)) {
        continue;
      }
      words.add(stem(word));
    }
    return words.toArray(String[]::new);
  }

  /** A key equal for questions with the same words. */
  static String key(String[] tokens, String question) {
    return tokens.length == 0 ? "\u0000" + question.strip().toLowerCase(Locale.ROOT) : String.join(" ", tokens);
  }

  private static String stem(String word) {
    int n = word.length();
    if (n >= MIN_STEM_LENGTH && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** Jaccard similarity of two sorted, duplicate-free arrays. */
  static double jaccard(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1 : (double) common / union;
  }
}
