package fr.permanence.legi;

import fr.permanence.corpus.UnreadableDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which articles to keep, by number: a prefix ({@code L2312} keeps L2312-8 and L2312-37;
 * {@code L2312-1} keeps L2312-1 and L2312-1-1 but not L2312-10) or a range of chapters
 * ({@code L2141-L2146}). No rule at all keeps every article.
 */
public final class ArticlePrefixes {
  private static final Pattern PREFIX = Pattern.compile("([LRDA]\\*?)(\\d+(?:-\\d+)*)");
  private static final Pattern RANGE = Pattern.compile("([LRDA]\\*?)(\\d+)-([LRDA]\\*?)(\\d+)");

  private final List<Rule> rules;

  private ArticlePrefixes(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Keeps every article. */
  public static ArticlePrefixes all() {
    return new ArticlePrefixes(List.of());
  }

  /**
   * Parses prefixes and ranges as a user writes them ("L2312", "l. 2312", "L2141–L2146").
   *
   * @throws IllegalArgumentException naming the entry that is neither, in French
   */
  public static ArticlePrefixes of(List<String> specs) {
    List<Rule> rules = new ArrayList<>();
    for (String spec : specs) {
      String compact = ArticleNumber.collapse(spec).replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
      if (compact.isEmpty()) {
        continue;
      }
      Matcher range = RANGE.matcher(compact);
      Matcher prefix = PREFIX.matcher(compact);
      if (range.matches()) {
        if (!range.group(1).equals(range.group(3)) || range.group(2).length() != range.group(4).length()
            || Integer.parseInt(range.group(2)) > Integer.parseInt(range.group(4))) {
          throw new IllegalArgumentException("Plage d'articles incohérente : « " + spec
              + " » (attendu par exemple L2141-L2146 : même lettre, même nombre de chiffres, début ≤ fin).");
        }
        rules.add(new Rule(range.group(1) + range.group(2) + "-" + range.group(3) + range.group(4),
            range.group(1), null, Integer.parseInt(range.group(2)), Integer.parseInt(range.group(4)),
            range.group(2).length()));
      } else if (prefix.matches()) {
        rules.add(new Rule(compact, prefix.group(1), compact, 0, 0, 0));
      } else {
        throw new IllegalArgumentException("Préfixe d'article non reconnu : « " + spec
            + " » (attendu par exemple L2312, R2315 ou la plage L2141-L2146).");
      }
    }
    return new ArticlePrefixes(rules);
  }

  /**
   * Reads a prefix file: one prefix or range per line, {@code #} starts a comment.
   *
   * @throws UnreadableDocumentException when the file cannot be read or holds a bad entry
   */
  public static List<String> read(Path file) {
    List<String> specs = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int hash = line.indexOf('#');
        String spec = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!spec.isEmpty()) {
          specs.add(spec);
        }
      }
    } catch (IOException e) {
      throw new UnreadableDocumentException(file, "liste de préfixes illisible : " + e.getMessage());
    }
    try {
      of(specs);
    } catch (IllegalArgumentException e) {
      throw new UnreadableDocumentException(file, e.getMessage());
    }
    return specs;
  }

  /** True when no rule restricts the import. */
  public boolean keepsAll() {
    return rules.isEmpty();
  }

  /** The rules, written the normalized way ("L2141-L2146", "L2312"). */
  public List<String> specs() {
    return rules.stream().map(Rule::spec).toList();
  }

  /** The first rule keeping {@code number} (normalized), or empty; with no rule, "*". */
  public Optional<String> match(String number) {
    if (rules.isEmpty()) {
      return Optional.of("*");
    }
    for (Rule rule : rules) {
      if (rule.matches(number)) {
        return Optional.of(rule.spec);
      }
    }
    return Optional.empty();
  }

  public boolean matches(String number) {
    return match(number).isPresent();
  }

  /** A prefix (when {@code prefix} is set) or a range over the first {@code digits} digits. */
  private record Rule(String spec, String letter, String prefix, int low, int high, int digits) {
    boolean matches(String number) {
      if (prefix != null) {
        if (!number.startsWith(prefix)) {
          return false;
        }
        // "L2312-1" names an article and its sub-articles (L2312-1-1), never L2312-10.
        return !prefix.contains("-") || number.length() == prefix.length()
            || !Character.isDigit(number.charAt(prefix.length()));
      }
      if (!number.startsWith(letter) || number.length() < letter.length() + digits) {
        return false;
      }
      String head = number.substring(letter.length(), letter.length() + digits);
      if (!head.chars().allMatch(Character::isDigit)) {
        return false;
      }
      int value = Integer.parseInt(head);
      return value >= low && value <= high;
    }
  }
}
