package fr.permanence.corpus;

import fr.permanence.text.PassageText;
import java.util.List;
import java.util.Objects;

/**
 * A quotable piece of a source: a few paragraphs of one section of a document, one article (or
 * part of an article) of the Code du travail or of a collective agreement, or one section (or
 * part) of a Ministry fact sheet. Its text is the repaired text, never reworded.
 *
 * @param id stable identifier, {@code slug#p<page>-<hash>} for documents, {@code cdt#L2312-8}
 *     for articles
 * @param doc the slug of the source it comes from
 * @param title the source's short title, as shown in citations (a fact sheet's own title)
 * @param page the PDF page of its first word (1-based), or 0 where pages make no sense
 * @param section the heading it falls under, or "" when there is none
 * @param text the passage itself
 * @param start offset of its first character in the repaired source text
 * @param end offset after its last character in the repaired source text
 * @param article the Code du travail article it quotes, or {@code null} for other sources
 * @param kind the kind of source
 * @param url where members read the source online (Légifrance, code.travail.gouv.fr), or ""
 * @param reference the source's own number for it: an agreement's article ("art. 3.4"), or ""
 * @param cites the Code du travail articles it cites by number, as the source lists them
 *     (a fact sheet's references), normalised like {@code L2312-8}
 */
public record Passage(
    String id, String doc, String title, int page, String section, String text, int start, int end,
    Article article, SourceKind kind, String url, String reference, List<String> cites) {

  public Passage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    section = section == null ? "" : section;
    kind = kind != null ? kind : article != null ? SourceKind.CODE : SourceKind.DOCUMENT;
    url = url == null || url.isEmpty() ? (article == null ? "" : article.url()) : url;
    reference = reference == null ? "" : reference;
    cites = cites == null ? List.of() : List.copyOf(cites);
    if (page < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "passage " + id + ": bad position page=" + page + " start=" + start + " end=" + end);
    }
  }

  /** A document's passage ({@code article} null) or an article of the Code du travail. */
  public Passage(
      String id, String doc, String title, int page, String section, String text, int start, int end,
      Article article) {
    this(id, doc, title, page, section, text, start, end, article, null, null, null, null);
  }

  /** Number of whitespace-separated words in the text. */
  public int wordCount() {
    return PassageText.wordCount(text);
  }

  /** The same passage with another text and span (an article's parts joined). */
  public Passage withText(String text, int start, int end) {
    return new Passage(id, doc, title, page, section, text, start, end, article, kind, url, reference, cites);
  }
}
