package fr.permanence.report;

import fr.permanence.corpus.SourceLabel;
import fr.permanence.log.CitedPassage;

/** How logged sources are named for trainers. */
final class Labels {
  private Labels() {}

  /** Headings longer than this are cut: a source's name, not its text. */
  private static final int SECTION_CHARS = 60;

  /** "Code du travail, L. 2312-8" or "Guide du CSE — Le budget du CSE": see {@link SourceLabel#forTrainers}. */
  static String passage(CitedPassage c) {
    return SourceLabel.forTrainers(c.title(), c.doc(), Texts.shorten(c.section(), SECTION_CHARS),
        c.article() == null ? "" : c.article());
  }
}
