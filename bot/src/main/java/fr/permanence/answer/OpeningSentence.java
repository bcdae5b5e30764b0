package fr.permanence.answer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a sentence can be quoted on its own. A sentence opening on a word that leans on the one
 * before it — an exception ("Toutefois, l'employeur peut rompre le contrat…"), an addition ("En
 * outre…"), a pronoun or demonstrative standing for what came before ("Elle fixe la date…", "Ces
 * dispositions…") — says the opposite or nothing when read alone, so it does not open an answer
 * while another of the passage's best sentences can; nor does a list's heading, which ends with a
 * colon.
 *
 * <p>Stateless and thread-safe.
 */
final class OpeningSentence {
  /**
   * French words and phrases that, opening a sentence, refer back to the previous one; written
   * without accents and in lower case, as {@link #standsAlone} compares them. "A défaut" and
   * "sauf" are not among them: they open the code's supplementary rules, which read on their own.
   */
  private static final List<String> LEANING = List.of(
      "toutefois", "cependant", "neanmoins", "pourtant", "par derogation", "par exception",
      "en outre", "de meme", "de plus", "il en est de meme", "dans ce cas", "en ce cas", "dans ce cadre",
      "dans cette hypothese", "a cet effet", "a cette fin", "ce dernier", "cette derniere", "ces derniers",
      "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "ces", "cette", "cet", "elle", "elles", "ils");
  /** List markers the code puts before a sentence ("1°", "II.-", "a)"), skipped before reading. */
  private static final Pattern MARKER = Pattern.compile("^(?:[IVX]+\\s*\\.\\s*-?|\\d+°|[a-z]\\))\\s*");
  private static final Pattern LEANING_START = Pattern.compile(
      "^(?:" + String.join("|", LEANING.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}-])");

  private OpeningSentence() {}

  /**
   * True unless {@code sentence} opens on a word that refers back to the sentence before it, or ends
   * with a colon: the heading of a list ("La durée du préavis est la suivante :") says nothing
   * without its items.
   */
  static boolean standsAlone(String sentence) {
    if (sentence.strip().endsWith(":")) {
      return false;
    }
    String unmarked = MARKER.matcher(sentence.strip()).replaceFirst("");
    String folded = Normalizer.normalize(unmarked, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return !LEANING_START.matcher(folded).find();
  }
}
