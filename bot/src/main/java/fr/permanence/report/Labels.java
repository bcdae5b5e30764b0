package fr.permanence.report;

import fr.permanence.corpus.Article;
import fr.permanence.log.CitedPassage;

/** How logged sources are named for trainers. */
final class Labels {
  private Labels() {}

  /** Headings longer than this are cut: a source's name, not its text. */
  private static final int SECTION_CHARS = 60;

  /** "Code du travail, L. 2312-8" or "Guide du CSE — Le budget du CSE": titles, never passage ids. */
  static String passage(CitedPassage c) {
    if (c.article() != null) {
      return (c.title().isEmpty() ? "Code du travail" : c.title()) + ", " + Article.displayNumber(c.article());
    }
    String title = c.title().isEmpty() ? c.doc() : c.title();
    return c.section().isBlank() ? title : title + " — " + Texts.shorten(c.section(), SECTION_CHARS);
  }
}
