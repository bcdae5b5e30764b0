package fr.permanence.log;

import java.util.Objects;

/**
 * A passage an answer quoted, as logged.
 *
 * @param passageId the passage's id ({@code slug#p12-ab34}, {@code cdt#L2312-8})
 * @param doc the document slug
 * @param title the document's short title
 * @param article the Code du travail article number ("L2312-8"), or {@code null}
 * @param score the passage's search score
 * @param section the heading the passage falls under; for an article, the Code du travail's plan
 *     above it ("Partie législative > Deuxième partie : … > Livre III : … > Titre Ier : …"), or ""
 */
public record CitedPassage(String passageId, String doc, String title, String article, float score, String section) {
  public CitedPassage {
    Objects.requireNonNull(passageId, "passageId");
    doc = doc == null ? "" : doc;
    title = title == null ? "" : title;
    article = article == null || article.isBlank() ? null : article;
    section = section == null ? "" : section;
  }

  /** A passage cited without its section. */
  public CitedPassage(String passageId, String doc, String title, String article, float score) {
    this(passageId, doc, title, article, score, "");
  }
}
