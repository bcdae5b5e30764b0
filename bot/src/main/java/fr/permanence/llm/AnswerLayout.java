package fr.permanence.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Lays out a verified reply for a chat: the model's text, then "Sources :" with one line per
 * cited passage (label and link), within the platform's length limit. When too long, whole
 * sentences are dropped from the end, never cut in the middle, and the sources follow.
 */
final class AnswerLayout {
  static final String SOURCES_HEADING = "Sources :";

  private AnswerLayout() {}

  /**
   * The text to show, or empty when not even the first sentence fits in {@code maxChars}.
   *
   * @param reply the model's reply, verified
   * @param sentences its cited sentences, in order
   */
  static Optional<Laid> layout(String reply, List<CitedSentence> sentences, List<Content> passages, int maxChars) {
    String whole = reply.strip() + footer(cited(sentences), passages);
    if (whole.length() <= maxChars) {
      return Optional.of(new Laid(whole, sentences));
    }
    for (int keep = sentences.size() - 1; keep >= 1; keep--) {
      List<CitedSentence> kept = sentences.subList(0, keep);
      StringBuilder body = new StringBuilder();
      for (CitedSentence s : kept) {
        body.append(body.isEmpty() ? "" : " ").append(s.text());
      }
      String text = body + footer(cited(kept), passages);
      if (text.length() <= maxChars) {
        return Optional.of(new Laid(text, kept));
      }
    }
    return Optional.empty();
  }

  /** The passage numbers cited, ascending. */
  static TreeSet<Integer> cited(List<CitedSentence> sentences) {
    TreeSet<Integer> numbers = new TreeSet<>();
    sentences.forEach(s -> numbers.addAll(s.citations()));
    return numbers;
  }

  private static String footer(TreeSet<Integer> numbers, List<Content> passages) {
    List<String> lines = new ArrayList<>();
    for (int n : numbers) {
      Metadata m = passages.get(n - 1).textSegment().metadata();
      String url = m.getString(PassageContentRetriever.URL);
      lines.add("[" + n + "] " + m.getString(PassageContentRetriever.SOURCE)
          + (url == null || url.isBlank() ? "" : " — " + url));
    }
    return "\n\n" + SOURCES_HEADING + "\n" + String.join("\n", lines);
  }

  /** A laid-out answer and the sentences it kept. */
  record Laid(String text, List<CitedSentence> sentences) {}
}
