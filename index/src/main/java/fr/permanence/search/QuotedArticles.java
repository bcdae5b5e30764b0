package fr.permanence.search;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Code du travail articles a fact sheet's passage quotes without naming them. The Ministry's
 * sheets often copy an article's sentence word for word and cite it by number elsewhere in the
 * sheet, or nowhere ("La période d'essai et la possibilité de la renouveler ne se présument pas.
 * Elles sont expressément stipulées dans la lettre d'engagement ou le contrat de travail" is
 * L. 1221-23): such a passage answers with that article's words, and lends it its score as a
 * passage naming it does (see {@link CitedArticles}).
 *
 * <p>A passage quotes an article when they share a run of {@link #RUN} consecutive words found in
 * no other article, each run of {@link #CORE} words within it too. Shorter runs are the code's
 * boilerplate ("dans des conditions déterminées par décret en Conseil d'Etat", "le salarié a droit
 * à un congé de"): at eight words, a third of the matches read in the sheets on probation, paid
 * leave, temporary work and union delegates (2026-12-02) were a common phrase of another article;
 * at twelve, the phrases of art left are caught by the shorter runs within them (see {@link #CORE}).
 *
 * <p>Thread-safety: stateless.
 */
final class QuotedArticles {
  /** Consecutive words a quotation shares with its article (see above). */
  static final int RUN = 12;
  /**
   * Words of every shorter run within a quotation that must be the article's only too: the code
   * writes some phrases of art in several articles with one word changed ("congé de maternité, de
   * paternité et d'accueil de l'enfant et d'adoption", "… ou d'adoption"), so that twelve of their
   * words can be one article's while the phrase is everybody's. Eight: it dropped the four passages
   * naming that phrase (sheets on maternity, on the end-of-life allowance, on paid leave) and kept
   * the quotations of the probation and paid-leave sheets; of 2,651 quotations at twelve words,
   * 2,207 stay.
   */
  static final int CORE = 8;
  /** What separates words: anything but a letter or a digit (apostrophes, hyphens, punctuation). */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /**
   * Numbers the code writes in words and the sheets in digits ("trente jours ouvrables", "30 jours
   * ouvrables"), read as digits on both sides. Not "un", "une": as often the article as the number.
   */
  private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("deux", "2"), Map.entry("trois", "3"),
      Map.entry("quatre", "4"), Map.entry("cinq", "5"), Map.entry("six", "6"), Map.entry("sept", "7"),
      Map.entry("huit", "8"), Map.entry("neuf", "9"), Map.entry("dix", "10"), Map.entry("onze", "11"),
      Map.entry("douze", "12"), Map.entry("treize", "13"), Map.entry("quatorze", "14"), Map.entry("quinze", "15"),
      Map.entry("seize", "16"), Map.entry("vingt", "20"), Map.entry("trente", "30"), Map.entry("quarante", "40"),
      Map.entry("cinquante", "50"), Map.entry("soixante", "60"), Map.entry("cent", "100"));
  /** A run of words found in several articles: no quotation of one of them. */
  private static final String SHARED = "";

  private QuotedArticles() {}

  /**
   * By fact-sheet passage id, the articles of {@code passages} it quotes, in article-number order;
   * passages quoting none are left out.
   */
  static Map<String, List<String>> of(List<Passage> passages) {
    // The runs of the sheets first: far fewer than the code's, and only those are looked up.
    Map<Long, String> owner = new HashMap<>();
    Map<Long, String> coreOwner = new HashMap<>();
    Map<String, SheetRuns> sheets = new LinkedHashMap<>();
    for (Passage p : passages) {
      if (p.kind() == SourceKind.FICHE) {
        int[] words = words(p.text());
        SheetRuns sheet = new SheetRuns(runs(words, RUN), runs(words, CORE));
        sheets.put(p.id(), sheet);
        for (long run : sheet.runs()) {
          owner.put(run, null);
        }
        for (long run : sheet.cores()) {
          coreOwner.put(run, null);
        }
      }
    }
    for (Passage p : passages) {
      if (p.kind() == SourceKind.CODE && p.article() != null) {
        int[] words = words(p.text());
        mark(owner, runs(words, RUN), p.article().number());
        mark(coreOwner, runs(words, CORE), p.article().number());
      }
    }
    Map<String, List<String>> quoted = new HashMap<>();
    sheets.forEach((id, sheet) -> {
      Set<String> articles = new TreeSet<>();
      for (int i = 0; i < sheet.runs().length; i++) {
        String number = owner.get(sheet.runs()[i]);
        if (number != null && !number.equals(SHARED) && coresOf(coreOwner, sheet.cores(), i, number)) {
          articles.add(number);
        }
      }
      if (!articles.isEmpty()) {
        quoted.put(id, List.copyOf(articles));
      }
    });
    return quoted;
  }

  /** A fact-sheet passage's runs of {@link #RUN} and of {@link #CORE} words, made once. */
  private record SheetRuns(long[] runs, long[] cores) {}

  /** Records {@code number} as the owner of those of {@code runs} looked up, or {@link #SHARED} if another has it. */
  private static void mark(Map<Long, String> owner, long[] runs, String number) {
    for (long run : runs) {
      if (owner.containsKey(run)) {
        String found = owner.get(run);
        owner.put(run, found == null || found.equals(number) ? number : SHARED);
      }
    }
  }

  /** Whether every run of {@link #CORE} words within the run of {@link #RUN} words at {@code start} is {@code number}'s only. */
  private static boolean coresOf(Map<Long, String> coreOwner, long[] cores, int start, String number) {
    for (int k = start; k <= start + RUN - CORE; k++) {
      if (!number.equals(coreOwner.get(cores[k]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A 64-bit hash of every run of {@code length} consecutive words of {@code text}, its words in
   * lower case and compatibility form ("ﬁ" is "fi"), accents kept: the sheets copy the code's spelling.
   */
  static long[] runs(String text, int length) {
    return runs(words(text), length);
  }

  /** The hashes of {@code text}'s words, read as {@link #runs(String, int)} says, numbers as digits. */
  private static int[] words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.splitAsStream(normal).filter(w -> !w.isEmpty())
        .mapToInt(w -> NUMBERS.getOrDefault(w, w).hashCode()).toArray();
  }

  /** The hash of every run of {@code length} consecutive {@code words}. */
  private static long[] runs(int[] words, int length) {
    int n = words.length - length + 1;
    if (n <= 0) {
      return new long[0];
    }
    long[] runs = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L; // a prime seed, then 31-style mixing on 64 bits
      for (int j = i; j < i + length; j++) {
        h = 31 * h + words[j];
      }
      runs[i] = h;
    }
    return runs;
  }
}
