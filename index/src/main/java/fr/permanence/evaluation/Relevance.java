package fr.permanence.evaluation;

import fr.permanence.corpus.Passage;
import fr.permanence.search.Hit;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * score.py's relevance rule: a passage is relevant to a question when its text contains one of
 * the question's evidence snippets, compared on letters and digits only, or when the question
 * names Code du travail articles and the passage quotes one of them.
 */
public final class Relevance {
  private Relevance() {}

  public static boolean relevant(EvalQuestion question, Passage passage) {
    return passage.article() != null && namesArticle(question, passage.article().number())
        || containsEvidence(question, passage.text());
  }

  /** Whether {@code article} (a number, "L2312-8"; null for none) is one the question names. */
  public static boolean namesArticle(EvalQuestion question, String article) {
    String normalised = normArticle(article);
    return !normalised.isEmpty() && question.codeArticles().stream().anyMatch(a -> normArticle(a).equals(normalised));
  }

  /** Whether {@code text} contains one of the question's evidence snippets, compared on letters and digits. */
  public static boolean containsEvidence(EvalQuestion question, String text) {
    String letters = letters(text);
    return question.evidence().stream().map(Relevance::letters).anyMatch(e -> !e.isEmpty() && letters.contains(e));
  }

  /** Rank (1-based) of the first relevant hit among the first {@code cut}, or 0. */
  public static int firstRelevant(EvalQuestion question, List<Hit> hits, int cut) {
    for (int i = 0; i < Math.min(cut, hits.size()); i++) {
      if (relevant(question, hits.get(i).passage())) {
        return i + 1;
      }
    }
    return 0;
  }

  /** score.py's letters(): NFKC, the three ligature glyphs, lowercase, letters and digits only. */
  public static String letters(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replace("\u019f", "ti").replace("\u01a9", "tt").replace("\u014c", "ft")
        .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(t.length());
    t.codePoints().filter(Relevance::isAlnum).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Python's str.isalnum() for one character: a letter or any number (Nd, Nl, No). */
  private static boolean isAlnum(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** score.py's norm_article(): ASCII letters and digits, upper case. */
  public static String normArticle(String article) {
    return article == null ? "" : article.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
  }
}
