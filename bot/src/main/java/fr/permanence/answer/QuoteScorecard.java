package fr.permanence.answer;

import fr.permanence.evaluation.EvalQuestion;
import fr.permanence.evaluation.Relevance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How often the answer's quotes hold what answers the question, over the answerable questions of
 * evaluation sets: the first quote a member reads (the opening line, or the first quote when no
 * plain source opens the answer), and any quote. Two rules: score.py's (the quote's text contains
 * one of the question's evidence snippets, compared on letters and digits, or it quotes one of the
 * question's articles), and the sentence's (the text contains an evidence snippet: the article alone
 * may be quoted by a sentence that does not answer), counted over the questions with snippets.
 *
 * <p>Not thread-safe: one run fills it.
 */
public final class QuoteScorecard {
  private final Map<String, Counts> groups = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();

  /** Answers each answerable question with {@code answerer} and counts where the evidence is quoted. */
  public static QuoteScorecard run(Iterable<EvalQuestion> questions, Function<String, Answer> answerer) {
    QuoteScorecard card = new QuoteScorecard();
    for (EvalQuestion q : questions) {
      if (scored(q)) {
        card.add(q, answerer.apply(q.question()));
      }
    }
    return card;
  }

  /** Counts {@code answer} for {@code question}'s groups ("all" and its part). */
  public void add(EvalQuestion question, Answer answer) {
    List<Quote> quotes = answer.answerable() ? answer.quotes() : List.of();
    boolean opening = !quotes.isEmpty() && holds(question, quotes.get(0));
    boolean any = quotes.stream().anyMatch(q -> holds(question, q));
    boolean snippets = !question.evidence().isEmpty();
    boolean openingText = !quotes.isEmpty() && quotesEvidence(question, quotes.get(0));
    boolean anyText = quotes.stream().anyMatch(q -> quotesEvidence(question, q));
    for (String group : List.of("all", "part=" + question.part())) {
      groups.computeIfAbsent(group, g -> new Counts()).add(!quotes.isEmpty(), opening, any, snippets, openingText,
          anyText);
    }
    if (snippets ? !openingText : !opening) {
      String first = quotes.isEmpty() ? "(no answer)"
          : quotes.get(0).citation().passageId() + " « " + quotes.get(0).text() + " »";
      int at = -1;
      for (int i = 0; i < quotes.size() && at < 0; i++) {
        at = (snippets ? quotesEvidence(question, quotes.get(i)) : holds(question, quotes.get(i))) ? i : -1;
      }
      misses.add(question.id() + (at >= 0 ? " [evidence in quote " + (at + 1) + "]" : " [evidence in no quote]")
          + " " + question.question() + "\n    opens: " + first);
    }
  }

  /**
   * The questions whose opening quote does not hold the evidence (its snippet, or its article when it
   * has none): id, which quote holds it, the question and the opening.
   */
  public List<String> misses() {
    return List.copyOf(misses);
  }

  /** The counts of {@code group} ("all", "part=code-du-travail"…); zero counts if none. */
  public Counts group(String group) {
    return groups.getOrDefault(group, new Counts());
  }

  /** score.py's rule for a quote: one of the evidence snippets in its text, or a quote of one of the articles. */
  static boolean holds(EvalQuestion question, Quote quote) {
    return quotesEvidence(question, quote) || Relevance.namesArticle(question, quote.citation().article());
  }

  /** Whether {@code quote}'s text contains one of the question's evidence snippets. */
  static boolean quotesEvidence(EvalQuestion question, Quote quote) {
    return Relevance.containsEvidence(question, quote.text());
  }

  /** Whether {@code question} is counted: answerable, with evidence snippets or articles to look for. */
  static boolean scored(EvalQuestion question) {
    return question.answerable() && (!question.evidence().isEmpty() || !question.codeArticles().isEmpty());
  }

  /** One line per group, "all" last. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    groups.forEach((name, c) -> {
      if (!name.equals("all")) {
        out.append(String.format("%-22s %s%n", name, c));
      }
    });
    return out.append(String.format("%-22s %s%n", "all", group("all"))).toString();
  }

  /**
   * Questions counted and answered; those whose opening quote and whose any quote hold the evidence by
   * score.py's rule; of those with snippets, whose opening quote and any quote contain one.
   */
  public static final class Counts {
    private int questions;
    private int answered;
    private int opening;
    private int any;
    private int withSnippets;
    private int openingText;
    private int anyText;

    void add(boolean wasAnswered, boolean openingHolds, boolean anyHolds, boolean snippets, boolean openingQuotes,
        boolean anyQuotes) {
      questions++;
      answered += wasAnswered ? 1 : 0;
      opening += openingHolds ? 1 : 0;
      any += anyHolds ? 1 : 0;
      withSnippets += snippets ? 1 : 0;
      openingText += openingQuotes ? 1 : 0;
      anyText += anyQuotes ? 1 : 0;
    }

    public int questions() {
      return questions;
    }

    public int answered() {
      return answered;
    }

    /** Answers whose first quote holds the evidence (score.py's rule). */
    public int opening() {
      return opening;
    }

    /** Answers with the evidence in any quote (score.py's rule). */
    public int any() {
      return any;
    }

    /** Questions with evidence snippets. */
    public int withSnippets() {
      return withSnippets;
    }

    /** Answers whose first quote contains a snippet. */
    public int openingText() {
      return openingText;
    }

    /** Answers with a snippet in any quote. */
    public int anyText() {
      return anyText;
    }

    @Override
    public String toString() {
      return String.format("q=%d answered=%d | evidence or article: opening=%d (%.3f) any=%d (%.3f)"
              + " | snippet (%d q): opening=%d (%.3f) any=%d (%.3f)", questions, answered, opening,
          share(opening, questions), any, share(any, questions), withSnippets, openingText,
          share(openingText, withSnippets), anyText, share(anyText, withSnippets));
    }

    private static double share(int part, int whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }
}
