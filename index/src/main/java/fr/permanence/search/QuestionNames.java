package fr.permanence.search;

import fr.permanence.analysis.LegalReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named things of a question — proper names, acronyms, years — which a passage must
 * mention to answer it: "Syntec", "URSSAF", "Amazon", "2027". The first word of a sentence is
 * capitalised anyway and is not taken for a name, unless the caller knows it for one.
 */
final class QuestionNames {
  /** A capitalised word or acronym (with digits or internal capitals), or a year. */
  private static final Pattern NAME =
      Pattern.compile("(?<![\\p{L}\\d])(?:\\p{L}['’])?(\\p{Lu}[\\p{L}\\d]+|(?:19|20)\\d{2}(?![\\d-]))");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:;]\\s+|[«\"(]\\s*)$");

  private QuestionNames() {}

  /** True for a year, which only the best passage can answer for. */
  static boolean isYear(String name) {
    return Character.isDigit(name.charAt(0));
  }

  /** True for a two-letter acronym such as PC, CV, UE, IA: common nouns more than names. */
  static boolean isShortAcronym(String name) {
    return name.length() == 2 && name.chars().allMatch(Character::isUpperCase);
  }

  static List<String> find(String question) {
    return find(question, word -> false);
  }

  /**
   * The names of {@code question}, counting a capitalised word that opens a sentence as a name when
   * {@code nameAtSentenceStart} says so ("Atos, ça a fait combien ?": no French word is spelt "Atos").
   */
  static List<String> find(String question, Predicate<String> nameAtSentenceStart) {
    List<String> names = new ArrayList<>();
    // Article numbers are references, looked up as such, not names.
    Matcher m = NAME.matcher(LegalReferences.REFERENCE.matcher(question).replaceAll(" "));
    while (m.find()) {
      String word = m.group(1);
      boolean acronym = word.length() >= 2 && word.chars().filter(Character::isUpperCase).count() >= 2;
      boolean year = Character.isDigit(word.charAt(0));
      if (!acronym && !year && SENTENCE_START.matcher(m.group().length() > word.length() ? question.substring(0, m.start()).strip() + " " : question.substring(0, m.start())).find()
          && !nameAtSentenceStart.test(word)) {
        continue;
      }
      names.add(word);
    }
    return names;
  }
}
