package fr.permanence.answer;

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
 * @param url a link to the source (Légifrance for articles), or ""
 */
public record Citation(
    String passageId, String doc, String title, int page, String section, String article, String url) {
  public Citation {
    Objects.requireNonNull(passageId, "passageId");
    Objects.requireNonNull(title, "title");
    doc = doc == null ? "" : doc;
    section = section == null ? "" : section;
    article = article == null ? "" : article;
    url = url == null ? "" : url;
  }
}
