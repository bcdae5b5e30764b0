package fr.permanence.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.content.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt sent to the model: French rules in the system message (resource
 * {@code system-prompt.txt}), then the numbered passages and the question, each delimited as
 * data, in the user message (resource {@code user-prompt.txt}).
 *
 * <p>Immutable and thread-safe: its two templates are made once and only applied (langchain4j's
 * {@link PromptTemplate} keeps final fields only).
 */
public final class GroundedPrompt {
  /** The one sentence the model must answer when the passages do not answer the question. */
  public static final String REFUSAL = "Les passages fournis ne permettent pas de répondre à cette question.";
  /** Five cited sentences and their sources fill most of a 2,000-character Discord message. */
  static final int MAX_SENTENCES = 5;

  /**
   * Our delimiter tags, were they to occur in a passage or question, would let data close its
   * own block and pose as instructions: their angle brackets are replaced by look-alikes.
   */
  private static final Pattern DELIMITER = Pattern.compile("<(/?\\s*(?:passages?|question)\\b[^>]*)>",
      Pattern.CASE_INSENSITIVE);

  private final PromptTemplate system;
  private final PromptTemplate user;

  /** Loads the French templates shipped with the bot. */
  public GroundedPrompt() {
    this(resource("system-prompt.txt"), resource("user-prompt.txt"));
  }

  /** Uses other templates with the same variables ({@code count}, {@code refusal}, {@code maxSentences}; {@code passages}, {@code question}). */
  public GroundedPrompt(String systemTemplate, String userTemplate) {
    this.system = PromptTemplate.from(systemTemplate);
    this.user = PromptTemplate.from(userTemplate);
  }

  /** The chat request asking the model to answer {@code question} from {@code passages} alone. */
  public ChatRequest request(String question, List<Content> passages) {
    if (passages.isEmpty()) {
      throw new IllegalArgumentException("a grounded prompt needs at least one passage");
    }
    SystemMessage rules = system.apply(Map.<String, Object>of(
        "count", passages.size(), "refusal", REFUSAL, "maxSentences", MAX_SENTENCES)).toSystemMessage();
    UserMessage data = user.apply(Map.<String, Object>of(
        "passages", numbered(passages), "question", neutralize(question.strip()))).toUserMessage();
    return ChatRequest.builder().messages(rules, data).build();
  }

  /** The passages as {@code <passage n="1" source="…">text</passage>} blocks. */
  static String numbered(List<Content> passages) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < passages.size(); i++) {
      Content c = passages.get(i);
      String source = c.textSegment().metadata().getString(PassageContentRetriever.SOURCE);
      if (i > 0) {
        out.append("\n\n");
      }
      out.append("<passage n=\"").append(i + 1).append("\" source=\"")
          .append(neutralize(source == null ? "" : source).replace('"', '\''))
          .append("\">\n").append(neutralize(c.textSegment().text().strip())).append("\n</passage>");
    }
    return out.toString();
  }

  /** {@code text} with our delimiter tags defused. */
  static String neutralize(String text) {
    return DELIMITER.matcher(text).replaceAll(m -> Matcher.quoteReplacement("‹" + m.group(1) + "›"));
  }

  private static String resource(String name) {
    try (InputStream in = GroundedPrompt.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("prompt template " + name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt template " + name, e);
    }
  }
}
