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
    TreeSet<String> words = new TreeSet<>();
    StringBuilder word = new StringBuilder(16);
    for (int i = 0; i <= question.length(); i++) {
      String folded = i == question.length() ? null : fold(question.charAt(i));
      if (folded != null) {
        word.append(folded);
      } else if (!word.isEmpty()) {
        String w = word.toString();
        if (!STOP_WORDS.contains(w)) {
          words.add(stem(w));
        }
        word.setLength(0);
      }
    }
    return words.toArray(String[]::new);
  }

  /** How a character enters a word: lower-cased and unaccented, "" for a lone accent, null if it separates words. */
  private static String fold(char c) {
    if (c < FOLDED.length) {
      return FOLDED[c];
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return "";
    }
    return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : null;
  }

  /** Latin characters folded once with NFD, so the per-question loop needs no normalizer or regex. */
  private static final String[] FOLDED = new String[0x250];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      String s = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("")
          .toLowerCase(Locale.ROOT);
      boolean word = !s.isEmpty() && NOT_WORD.matcher(s).replaceAll("").equals(s);
      FOLDED[c] = Character.getType(c) == Character.NON_SPACING_MARK ? "" : word ? s : null;
    }
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
