package fr.permanence.answer;

import fr.permanence.search.SearchResult;
import java.util.List;
import java.util.Objects;

/**
 * The bot's reply to a question, platform-neutral.
 *
 * @param question the question as asked
 * @param answerable false when no reliable passage was found and the reply says so
 * @param text the French message, ready for a chat (plain text with « » quotes)
 * @param quotes what the message quotes, best first
 * @param seeAlso articles of the Code du travail cited by the quoted passages ("L2315-94")
 * @param mode how it was produced: "extractive", or "generated" by a language model
 * @param result the search it was built from
 */
public record Answer(
    String question, boolean answerable, String text, List<Quote> quotes, List<String> seeAlso,
    String mode, SearchResult result) {
  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(text, "text");
    quotes = List.copyOf(quotes);
    seeAlso = List.copyOf(seeAlso);
    mode = mode == null ? "extractive" : mode;
    Objects.requireNonNull(result, "result");
  }

  /** The citations of the quotes, best first. */
  public List<Citation> citations() {
    return quotes.stream().map(Quote::citation).toList();
  }
}
