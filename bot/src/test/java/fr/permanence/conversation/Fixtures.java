package fr.permanence.conversation;

import fr.permanence.answer.Answer;
import fr.permanence.answer.Answerer;
import fr.permanence.answer.Citation;
import fr.permanence.answer.Quote;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.search.Hit;
import fr.permanence.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A tiny corpus of passages and an answerer over it that quotes passages sharing words with the question. */
public final class Fixtures {
  public static final Passage GUIDE = new Passage("guide#p12-a1b2c3", "guide", "Guide des élus", 12, "Le rôle du CSE",
      "Le comité social et économique est consulté sur l'introduction de nouvelles technologies.", 0, 90, null);
  public static final Passage ARTICLE = new Passage("cdt#L2312-8", "cdt", "Code du travail", 0, "",
      "Le comité social et économique a pour mission d'assurer une expression collective des salariés.", 0, 95,
      new Article("L2312-8", "LEGIARTI000036761995", "Partie législative > Livre III",
          "2018-01-01", "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036761995"));
  public static final List<Passage> PASSAGES = List.of(GUIDE, ARTICLE);

  private Fixtures() {}

  public static Optional<Passage> passage(String id) {
    return PASSAGES.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public static Optional<Passage> article(String number) {
    return PASSAGES.stream().filter(p -> p.article() != null && p.article().number().equals(number)).findFirst();
  }

  /**
   * Quotes every passage that contains a word of four letters or more of the question; a question
   * sent with files the bot does not read is answered after the line {@link #FILES_NOT_READ}, so
   * that an adapter's test sees the flag arrive (what the real answer says is tested with it).
   */
  public static final Answerer ANSWERER = new Answerer() {
    @Override
    public Answer answer(String question) {
      return quoting(question);
    }

    @Override
    public Answer answer(String question, boolean filesSent) {
      Answer answer = quoting(question);
      return filesSent ? new Answer(answer.question(), answer.answerable(), FILES_NOT_READ + "\n" + answer.text(),
          answer.quotes(), answer.seeAlso(), answer.mode(), answer.result()) : answer;
    }
  };

  /** The first line of {@link #ANSWERER}'s answer to a question sent with files. */
  public static final String FILES_NOT_READ = "(fichiers non lus)";

  private static Answer quoting(String question) {
    List<Quote> quotes = new ArrayList<>();
    List<Hit> hits = new ArrayList<>();
    for (Passage p : PASSAGES) {
      for (String word : question.toLowerCase(Locale.ROOT).split("\\W+")) {
        if (word.length() >= 4 && p.text().toLowerCase(Locale.ROOT).contains(word)) {
          quotes.add(new Quote(p.text(), Citation.of(p), 1f));
          hits.add(new Hit(p, 1f, List.of(p.text())));
          break;
        }
      }
    }
    SearchResult result = new SearchResult(question, hits, !hits.isEmpty(), List.of(), List.of(), "", 1000);
    if (quotes.isEmpty()) {
      return new Answer(question, false, "Je n'ai rien trouvé de fiable sur ce point.", List.of(), List.of(),
          "extractive", result);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < quotes.size(); i++) {
      text.append("« ").append(quotes.get(i).text()).append(" » [").append(i + 1).append("]\n");
    }
    return new Answer(question, true, text.toString().strip(), quotes, List.of(), "extractive", result);
  }

  public static Citation citation(Passage p) {
    return Citation.of(p);
  }
}
