package fr.permanence.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misspells questions the way members do, to measure typo tolerance on the phenomenon rather than
 * on questions: in each answerable question, one or two long content words get one slip each —
 * two adjacent letters swapped, a letter dropped, a letter doubled, or a wrong accent (an accent
 * on the wrong letter, or the wrong one on the right letter). The first letter is never touched
 * (members slip inside words; a wrong first letter is another word more often than a typo).
 *
 * <p>Deterministic: the slips of a question depend only on the seed and the question's id, so a
 * perturbed set is the same on every run, and the same question is perturbed alike in any set.
 * Immutable; thread-safe.
 */
public final class TypoPerturbation {
  /** Words this long or longer are content words a slip can hit; shorter ones are mostly grammar. */
  static final int MIN_LENGTH = 7;
  /** Long words that are grammar, not content: a slip there tests nothing of the question's topic. */
  private static final Set<String> GRAMMAR = Set.of(
      "pourquoi", "combien", "comment", "quelles", "lorsque", "lorsqu", "jusqu", "quelque", "quelqu",
      "puisque", "pendant", "depuis", "parfois", "toujours", "souvent", "beaucoup", "vraiment", "exactement");
  /** A word of letters, standing alone (not part of a number or a reference such as L2312-8). */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_'’-])\\p{L}+(?![\\p{L}\\p{N}_-])");
  private static final String ACCENTED_E = "éèê";

  private final long seed;

  /** @param seed the choice of slips: another seed, another perturbed set */
  public TypoPerturbation(long seed) {
    this.seed = seed;
  }

  /** {@code question} misspelt, answerable ones only; the others as they are. */
  public EvalQuestion perturb(EvalQuestion question) {
    if (!question.answerable()) {
      return question;
    }
    String text = misspell(question.id(), question.question());
    return new EvalQuestion(question.id(), text, question.answerable(), question.part(), question.register(),
        question.kind(), question.evidence(), question.codeArticles());
  }

  /** {@code text} with one or two of its long content words misspelt; the same for the same id. */
  public String misspell(String id, String text) {
    Random random = new Random(seed * 1_000_003L + id.hashCode());
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      boolean name = w.chars().skip(1).anyMatch(Character::isUpperCase)
          || (Character.isUpperCase(w.charAt(0)) && m.start() > 0);
      if (w.length() >= MIN_LENGTH && !name && !GRAMMAR.contains(w.toLowerCase(Locale.ROOT))) {
        words.add(new int[] {m.start(), m.end()});
      }
    }
    if (words.isEmpty()) {
      return text;
    }
    int count = words.size() == 1 ? 1 : 1 + random.nextInt(2);
    List<int[]> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      int[] w = words.remove(random.nextInt(words.size()));
      chosen.add(w);
    }
    chosen.sort((a, b) -> Integer.compare(b[0], a[0])); // from the end: earlier offsets stay valid
    StringBuilder out = new StringBuilder(text);
    for (int[] w : chosen) {
      out.replace(w[0], w[1], slip(text.substring(w[0], w[1]), random));
    }
    return out.toString();
  }

  /** One slip in {@code word} (at least {@value #MIN_LENGTH} letters), never on its first letter. */
  static String slip(String word, Random random) {
    int kind = random.nextInt(4);
    // A position after the first letter, and before the last for a swap.
    int at = 1 + random.nextInt(word.length() - 2);
    return switch (kind) {
      case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
      case 1 -> word.substring(0, at) + word.substring(at + 1);
      case 2 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
      default -> wrongAccent(word, random);
    };
  }

  /**
   * The word with a wrong accent: an accented "e" gets another accent; without one, an "e" after
   * the first letter gets one; a word with no "e" after its first letter loses a letter instead.
   */
  static String wrongAccent(String word, Random random) {
    List<Integer> accented = new ArrayList<>();
    List<Integer> plain = new ArrayList<>();
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (ACCENTED_E.indexOf(c) >= 0) {
        accented.add(i);
      } else if (c == 'e') {
        plain.add(i);
      }
    }
    if (!accented.isEmpty()) {
      int i = accented.get(random.nextInt(accented.size()));
      String others = ACCENTED_E.replace(String.valueOf(word.charAt(i)), "");
      return word.substring(0, i) + others.charAt(random.nextInt(others.length())) + word.substring(i + 1);
    }
    if (!plain.isEmpty()) {
      int i = plain.get(random.nextInt(plain.size()));
      return word.substring(0, i) + ACCENTED_E.charAt(random.nextInt(ACCENTED_E.length())) + word.substring(i + 1);
    }
    int at = 1 + random.nextInt(word.length() - 1);
    return word.substring(0, at) + word.substring(at + 1);
  }
}
