package fr.permanence.search;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.corpus.Passage;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The evaluation's relevance rule (score.py's {@code relevant()}), for calibration and the
 * regression floor: a passage is relevant to a question when it is one of the Code du travail
 * articles the question names, or when its text contains one of the question's evidence
 * snippets compared on letters and digits only.
 */
public final class Relevance {
  private Relevance() {}

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

  /** Whether {@code passage} is relevant to {@code question} (a line of score.py's question files). */
  public static boolean relevant(JsonNode question, Passage passage) {
    Set<String> articles = new HashSet<>();
    question.path("code_articles").forEach(a -> articles.add(normArticle(a.asText())));
    if (!articles.isEmpty() && articles.contains(normArticle(passage.article() == null ? null : passage.article().number()))) {
      return true;
    }
    String text = letters(passage.text());
    for (JsonNode e : question.path("evidence")) {
      String evidence = letters(e.asText());
      if (!evidence.isEmpty() && text.contains(evidence)) {
        return true;
      }
    }
    return false;
  }

  /** Rank (1-based) of the first relevant hit among the first {@code cut}, or 0. */
  public static int firstRelevant(JsonNode question, java.util.List<Hit> hits, int cut) {
    for (int i = 0; i < Math.min(cut, hits.size()); i++) {
      if (relevant(question, hits.get(i).passage())) {
        return i + 1;
      }
    }
    return 0;
  }
}
