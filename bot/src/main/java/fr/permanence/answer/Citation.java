package fr.permanence.answer;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.SourceLabel;
import java.util.Objects;

/**
 * Where a quoted passage comes from, as shown to a member.
 *
 * @param passageId the passage's id, to show it whole on request
 * @param doc the document slug
 * @param title the document's short title ("Code du travail" for articles)
 * @param page the PDF page, or 0
 * @param section the heading, or ""
 * @param article the article number ("L2312-8"), or "" outside the Code du travail
 * @param url a link to the source (Légifrance, code.travail.gouv.fr), or ""
 * @param kind the kind of source, which decides how the citation reads
 * @param reference an agreement's own article number ("art. 3.4"), or ""
 */
public record Citation(
    String passageId, String doc, String title, int page, String section, String article, String url,
    SourceKind kind, String reference) {
  public Citation {
    Objects.requireNonNull(passageId, "passageId");
    Objects.requireNonNull(title, "title");
    doc = doc == null ? "" : doc;
    section = section == null ? "" : section;
    article = article == null ? "" : article;
    url = url == null ? "" : url;
    kind = kind != null ? kind : article.isEmpty() ? SourceKind.DOCUMENT : SourceKind.CODE;
    reference = reference == null ? "" : reference;
  }

  /** A document's citation ({@code article} empty) or an article's of the Code du travail. */
  public Citation(String passageId, String doc, String title, int page, String section, String article, String url) {
    this(passageId, doc, title, page, section, article, url, null, null);
  }

  /** The citation of a passage as members read it: an article of the code by what it is about. */
  public static Citation of(Passage p) {
    Article a = p.article();
    String section = a != null ? a.subject() : p.section();
    return new Citation(p.id(), p.doc(), p.title(), p.page(), section, a == null ? "" : a.number(), p.url(),
        p.kind(), p.reference());
  }

  /** Where the quote comes from, without its link: see {@link SourceLabel#full}. */
  public String label() {
    return SourceLabel.full(kind, title, page, section, kind == SourceKind.CODE ? article : reference);
  }

  /** The label of the chat platforms' short slots: see {@link SourceLabel#brief}. */
  public String briefLabel() {
    return SourceLabel.brief(kind, title, page, section, article, reference);
  }
}
