package fr.permanence.llm;

import fr.permanence.text.SentenceSplitter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's reply against the passages it was given, before anything is shown: every
 * {@code [n]} names a given passage, every sentence that says something cites one, and every
 * «quote» is found word for word in a passage its sentence cites.
 *
 * <p>Thread-safe: stateless (compiled patterns only).
 */
public final class AnswerVerifier {
  /** {@code [2]} or {@code [1, 3]}. */
  private static final Pattern CITATION = Pattern.compile("\\[\\s*(\\d+(?:\\s*[,;]\\s*\\d+)*)\\s*]");
  /** A sentence made of citations only, as when the model writes "… consulté. [1]". */
  private static final Pattern ONLY_CITATIONS = Pattern.compile("(?:\\s*\\[[\\d\\s,;]+]\\s*[.;,]?)+");
  /** French guillemets and English curly quotes, as models write both. */
  private static final Pattern QUOTE = Pattern.compile("«\\s*([^»]*?)\\s*»|“([^”]*)”");
  /** Where a quote leaves words out. */
  private static final Pattern ELLIPSIS = Pattern.compile("\\[\\s*(?:…|\\.\\.\\.)\\s*]|\\(\\s*(?:…|\\.\\.\\.)\\s*\\)|…|\\.\\.\\.");
  /** List bullets and numbering at the start of a line. */
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•–]|\\d+[.)])\\s+");
  /** Our prompt's tags: a reply containing them echoes the prompt instead of answering. */
  private static final Pattern PROMPT_TAG = Pattern.compile("</?\\s*(?:passages?|question)\\b", Pattern.CASE_INSENSITIVE);
  /** A quote fragment shorter than this ("le", "CSE") proves nothing and is not checked. */
  private static final int MIN_QUOTE_CHARS = 4;

  /**
   * Verifies {@code reply} written from {@code passages} (passage n is {@code passages.get(n-1)}).
   */
  public Verification verify(String reply, List<String> passages) {
    if (reply == null || reply.isBlank()) {
      return Verification.rejected(FallbackReason.MALFORMED, "réponse vide");
    }
    if (PROMPT_TAG.matcher(reply).find()) {
      return Verification.rejected(FallbackReason.MALFORMED, "la réponse reprend les balises du prompt");
    }
    if (isRefusal(reply)) {
      return Verification.refusal();
    }
    List<CitedSentence> sentences = sentences(reply);
    for (CitedSentence s : sentences) {
      for (int n : s.citations()) {
        if (n < 1 || n > passages.size()) {
          return Verification.rejected(FallbackReason.UNKNOWN_CITATION, "[" + n + "] dans « " + s.text() + " »");
        }
      }
    }
    List<CitedSentence> kept = new ArrayList<>();
    for (CitedSentence s : sentences) {
      if (isRefusal(s.text())) {
        continue; // the fixed sentence about a part the passages do not cover: not a claim
      }
      if (s.citations().isEmpty()) {
        if (needsCitation(s.text())) {
          return Verification.rejected(FallbackReason.UNCITED_CLAIM, s.text());
        }
        continue;
      }
      String misquote = misquote(s, passages);
      if (misquote != null) {
        return Verification.rejected(FallbackReason.MISQUOTE, "« " + misquote + " » dans « " + s.text() + " »");
      }
      kept.add(s);
    }
    if (kept.isEmpty()) {
      return Verification.rejected(FallbackReason.UNCITED_CLAIM, reply.strip());
    }
    return Verification.grounded(kept);
  }

  /** Whether {@code text} is the fixed refusal sentence, give or take case, spacing and final punctuation. */
  public static boolean isRefusal(String text) {
    return loose(text).equals(loose(GroundedPrompt.REFUSAL));
  }

  /** The reply's sentences, line by line, with citation-only fragments attached to the sentence before. */
  static List<CitedSentence> sentences(String reply) {
    List<String> texts = new ArrayList<>();
    for (String line : reply.split("\\R")) {
      String content = BULLET.matcher(line).replaceFirst("");
      for (String sentence : SentenceSplitter.sentences(content)) {
        if (!texts.isEmpty() && ONLY_CITATIONS.matcher(sentence).matches()) {
          int last = texts.size() - 1;
          texts.set(last, texts.get(last) + " " + sentence);
        } else {
          texts.add(sentence);
        }
      }
    }
    List<CitedSentence> out = new ArrayList<>();
    for (String text : texts) {
      List<Integer> numbers = new ArrayList<>();
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        for (String n : m.group(1).split("[,;]")) {
          numbers.add(Integer.parseInt(n.strip()));
        }
      }
      out.add(new CitedSentence(text, numbers));
    }
    return out;
  }

  /**
   * Whether an uncited sentence makes a claim. A line announcing a list ("Deux cas :") does not,
   * nor does punctuation alone.
   */
  private static boolean needsCitation(String sentence) {
    String s = sentence.strip();
    if (s.endsWith(":")) {
      return false;
    }
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** The first quote of {@code s} found in none of the passages it cites, or {@code null}. */
  private static String misquote(CitedSentence s, List<String> passages) {
    Matcher m = QUOTE.matcher(s.text());
    while (m.find()) {
      String quote = m.group(1) != null ? m.group(1) : m.group(2);
      for (String fragment : ELLIPSIS.split(quote)) {
        String wanted = words(fragment);
        if (wanted.length() < MIN_QUOTE_CHARS) {
          continue;
        }
        boolean found = false;
        for (int n : s.citations()) {
          if (words(passages.get(n - 1)).contains(wanted)) {
            found = true;
            break;
          }
        }
        if (!found) {
          return quote;
        }
      }
    }
    return null;
  }

  /**
   * Text reduced to its words for quote matching: same case, one kind of apostrophe and space,
   * no punctuation at either end. Words themselves are not touched.
   */
  static String words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace('’', '\'').replace('ʼ', '\'').replace('\u00a0', ' ').replace('\u202f', ' ')
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT)
        .strip();
    return s.replaceAll("^[\\p{Punct}«»“”\\s]+|[\\p{Punct}«»“”\\s]+$", "");
  }

  private static String loose(String text) {
    return words(text.replaceAll("[.!\\s]+$", ""));
  }
}
