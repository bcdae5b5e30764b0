package fr.permanence.corpus;

import fr.permanence.text.PassageText;
import java.util.Objects;

/**
 * A quotable piece of a document: a few paragraphs of one section, or one article (or part of
 * an article) of the Code du travail. Its text is the repaired text, never reworded.
 *
 * @param id stable identifier, {@code slug#p<page>-<hash>} for documents, {@code cdt#L2312-8}
 *     for articles
 * @param doc the slug of the document it comes from
 * @param title the document's short title, as shown in citations
 * @param page the PDF page of its first word (1-based), or 0 where pages make no sense
 * @param section the heading it falls under, or "" when there is none
 * @param text the passage itself
 * @param start offset of its first character in the repaired document text
 * @param end offset after its last character in the repaired document text
 * @param article the Code du travail article it quotes, or {@code null} for other documents
 */
public record Passage(
    String id, String doc, String title, int page, String section, String text, int start, int end,
    Article article) {

  public Passage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    section = section == null ? "" : section;
    if (page < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "passage " + id + ": bad position page=" + page + " start=" + start + " end=" + end);
    }
  }

  /** Number of whitespace-separated words in the text. */
  public int wordCount() {
    return PassageText.wordCount(text);
  }
}
