package fr.permanence.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whether a word is French: the Dicollecte French dictionary (Hunspell's "classique" spelling,
 * version 7.0, MPL 2.0; README, "Where the data comes from") read by Lucene's Hunspell. A word of
 * the dictionary that the union's texts never use ("voudrais", "grossiste", "donation") is a
 * word, not a typo to correct into the texts' nearest one ("poudrais", "grossesse", "dotation").
 * Members leave accents out: a word without any is French when one of its accented spellings is
 * ("crepes", "abimer", "telephone").
 *
 * <p>Loaded once, on first use, in about a second (a quarter of that once the JVM is warm):
 * {@link #preload()} starts it on another thread. Immutable once loaded; thread-safe (Lucene's
 * {@link Hunspell} is).
 */
public final class FrenchDictionary {
  private static final String FOLDER = "hunspell/";
  /**
   * Accents tried on a word written without any, one letter at a time: French's accented letters
   * by the letter they sit on. Two accents on one word are tried on its "e"s only ("telephone").
   */
  private static final String[][] ACCENTS = {
      {"e", "éèêë"}, {"a", "àâ"}, {"i", "îï"}, {"o", "ô"}, {"u", "ùûü"}, {"c", "ç"}};
  /** Most two-accent spellings tried: a word rarely has more than four "e"s. */
  private static final int MAX_PAIRS = 32;

  private final Hunspell hunspell;

  private FrenchDictionary(Hunspell hunspell) {
    this.hunspell = hunspell;
  }

  /** The dictionary, loaded on the first call (the caller waits for it). */
  public static FrenchDictionary get() {
    return Holder.INSTANCE;
  }

  /**
   * Starts loading the dictionary on another thread, so that a first question does not wait for
   * it. The caller owns the thread it returns and joins it before the process ends (see
   * {@code PassageSearcher#close}).
   */
  public static Thread preload() {
    Thread loader = new Thread(FrenchDictionary::get, "french-dictionary");
    loader.setDaemon(true); // never keeps a process alive: its owner waits for it, bounded, on closing
    loader.start();
    return loader;
  }

  /** Whether {@code word} is French as written, or, written without accents, with some. */
  public boolean isWord(String word) {
    return hunspell.spell(word) || accentedWords(word.toLowerCase(Locale.ROOT)).findAny().isPresent();
  }

  /**
   * The French words {@code word} (lowercase, written without accents) may stand for: itself if
   * French, and its spellings with one accent, or two on its "e"s, that are; empty when none is
   * ("zorglube", a misspelling, a word of jargon). "precarite" gives "précarité"; "collecter"
   * gives only itself.
   */
  public List<String> spellings(String word) {
    return Stream.concat(Stream.of(word).filter(hunspell::spell), accentedWords(word)).toList();
  }

  /** The French words spelt as {@code word} (lowercase) with accents, when it has none; asked lazily. */
  private Stream<String> accentedWords(String word) {
    return word.chars().allMatch(c -> c < 128) ? accented(word).stream().filter(hunspell::spell) : Stream.empty();
  }

  /** {@code word} with one accent on any of its letters, then with two on its "e"s. */
  static List<String> accented(String word) {
    List<String> spellings = new ArrayList<>();
    for (int i = 0; i < word.length(); i++) {
      for (String[] letter : ACCENTS) {
        if (word.charAt(i) == letter[0].charAt(0)) {
          for (char accented : letter[1].toCharArray()) {
            spellings.add(word.substring(0, i) + accented + word.substring(i + 1));
          }
        }
      }
    }
    int pairs = 0;
    for (int i = 0; i < word.length() && pairs < MAX_PAIRS; i++) {
      for (int j = i + 1; j < word.length() && word.charAt(i) == 'e' && pairs < MAX_PAIRS; j++) {
        if (word.charAt(j) == 'e') {
          for (char a : "éè".toCharArray()) {
            for (char b : "éè".toCharArray()) {
              spellings.add(word.substring(0, i) + a + word.substring(i + 1, j) + b + word.substring(j + 1));
              pairs++;
            }
          }
        }
      }
    }
    return spellings;
  }

  private static FrenchDictionary load() {
    try (InputStream aff = open("fr.aff.gz"); InputStream dic = open("fr.dic.gz")) {
      // Lucene sorts the entries in a temporary directory: in memory, it is a few megabytes.
      Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
      return new FrenchDictionary(new Hunspell(dictionary));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the French dictionary from the classpath", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the French dictionary's affix file is malformed at line " + e.getErrorOffset(), e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = FrenchDictionary.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IOException("missing resource " + FOLDER + name + " (fr/permanence/analysis/" + FOLDER + ")");
    }
    return new GZIPInputStream(in);
  }

  /** Loads the dictionary when first read (the JVM's lazy class initialisation, thread-safe). */
  private static final class Holder {
    static final FrenchDictionary INSTANCE = load();
  }
}
