package fr.permanence.text;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a number written in digits ("1 607", "2,5") or in French words ("vingt-quatre", "deux cent
 * vingt", "quatre-vingt-dix", "soixante et onze", "mille"), as the law writes its figures.
 *
 * <p>Stateless and thread-safe.
 */
public final class FrenchNumbers {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
      Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9),
      Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
      Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
      Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
      Map.entry("soixante", 60));

  /**
   * A regular-expression alternation of the words {@link #parse} reads, longest first: "une" before
   * "un", "vingts" before "vingt".
   */
  public static final String WORD = Stream.concat(WORDS.keySet().stream(), Stream.of("cents", "cent", "mille"))
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .collect(Collectors.joining("|"));

  private FrenchNumbers() {}

  /** The value of {@code text}, or NaN when it is no number. */
  public static double parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    String digits = t.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
    if (digits.matches("\\d+(?:\\.\\d+)?")) {
      return Double.parseDouble(digits);
    }
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String word : t.split("[\\s\\-]+")) {
      if (word.equals("et")) {
        continue;
      }
      if (word.equals("cent") || word.equals("cents")) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (word.equals("mille")) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else if ((word.equals("vingt") || word.equals("vingts")) && current % 100 == 4) {
        current += 76; // quatre-vingt: 4 × 20
      } else if (WORDS.containsKey(word)) {
        current += WORDS.get(word);
      } else {
        return Double.NaN;
      }
      any = true;
    }
    return any ? total + current : Double.NaN;
  }
}
