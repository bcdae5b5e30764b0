package fr.permanence.conversation;

import fr.permanence.answer.Citation;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.SourceKind;

/** How citations read in every adapter. */
public final class CitationFormat {
  private CitationFormat() {}

  /** "Code du travail, art. L. 2312-8" or "Guide des élus, p. 12 — Le rôle du CSE". */
  public static String label(Citation c) {
    if (c.kind() == SourceKind.FICHE || c.kind() == SourceKind.CONVENTION) {
      return c.label();
    }
    if (!c.article().isEmpty()) {
      return "Code du travail, art. " + Article.displayNumber(c.article());
    }
    StringBuilder label = new StringBuilder(c.title());
    if (c.page() > 0) {
      label.append(", p. ").append(c.page());
    }
    if (!c.section().isEmpty()) {
      label.append(" — ").append(c.section());
    }
    return label.toString();
  }

}
