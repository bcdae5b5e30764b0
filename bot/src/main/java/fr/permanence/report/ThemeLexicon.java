package fr.permanence.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The themes trainers recognise (télétravail, surveillance, CSE et expertise, congés…), each with
 * the words members use for it, read from {@code themes.txt}: a question, or a heading of the
 * union's documents, belongs to every theme one of whose terms it contains.
 *
 * <p>Immutable and thread-safe.
 */
final class ThemeLexicon {
  // Compiled once: String.replaceAll compiles its pattern at every call, and the review folds every
  // question of a period, a third of its time over 100,000 questions (JFR, 2026-12-02).
  /** A word of three letters or more ending in a plural's s or x, before a space. */
  private static final Pattern PLURAL = Pattern.compile("([a-z]{3,})[sx] ");
  /** The accents left as combining marks by the canonical decomposition. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** What separates words: anything but letters and digits. */
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final String RESOURCE = "themes.txt";

  private record Theme(String name, List<String> exact, List<String> prefixes) {}

  private final List<Theme> themes;

  private ThemeLexicon(List<Theme> themes) {
    this.themes = List.copyOf(themes);
  }

  /** The lexicon shipped with the bot. */
  static ThemeLexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final ThemeLexicon STANDARD = load();
  }

  private static ThemeLexicon load() {
    try (InputStream in = ThemeLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the theme lexicon " + RESOURCE + " is missing from the build");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("reading the theme lexicon " + RESOURCE, e);
    }
  }

  /** Reads lines "Theme = term, term*, …"; blank lines and # comments are skipped. */
  static ThemeLexicon parse(List<String> lines) {
    List<Theme> themes = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int eq = l.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("theme lexicon line without '=': " + line);
      }
      List<String> exact = new ArrayList<>();
      List<String> prefixes = new ArrayList<>();
      for (String term : l.substring(eq + 1).split(",")) {
        String t = term.strip();
        if (t.endsWith("*")) {
          prefixes.add(" " + fold(t.substring(0, t.length() - 1)).strip());
        } else if (!t.isEmpty()) {
          exact.add(" " + fold(t).strip() + " ");
        }
      }
      themes.add(new Theme(l.substring(0, eq).strip(), exact, prefixes));
    }
    return new ThemeLexicon(themes);
  }

  /** Every theme name, in the lexicon's order. */
  List<String> names() {
    return themes.stream().map(Theme::name).toList();
  }

  /** The themes {@code text} speaks of, in the lexicon's order. */
  Set<String> themesOf(String text) {
    String folded = fold(text);
    // Plural forms: "congés" → also try "conge"; a space at both ends makes every term a whole-word match.
    String singular = " " + PLURAL.matcher(folded).replaceAll("$1 ").strip() + " ";
    String plain = " " + folded.strip() + " ";
    Set<String> found = new LinkedHashSet<>();
    for (Theme theme : themes) {
      if (speaksOf(theme, plain, singular)) {
        found.add(theme.name());
      }
    }
    return found;
  }

  /**
   * Whether {@code plain} or its {@code singular} form has one of {@code theme}'s terms. Loops, not
   * streams: this runs for every theme of every question a review reads.
   */
  private static boolean speaksOf(Theme theme, String plain, String singular) {
    for (String t : theme.exact()) {
      if (plain.contains(t) || singular.contains(t)) {
        return true;
      }
    }
    for (String p : theme.prefixes()) {
      if (plain.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, no accents, words separated by single spaces (apostrophes and hyphens too). */
  static String fold(String text) {
    String noMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return " " + NOT_A_WORD.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
  }
}
