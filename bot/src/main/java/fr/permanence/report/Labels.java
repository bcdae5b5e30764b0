package fr.permanence.report;

import fr.permanence.log.CitedPassage;

/** How logged sources are named for trainers. */
final class Labels {
  private Labels() {}

  /** "Code du travail, L. 2312-8" or "Guide du CSE (guide-cse#p12-ab34)". */
  static String passage(CitedPassage c) {
    if (c.article() != null) {
      return (c.title().isEmpty() ? "Code du travail" : c.title()) + ", " + displayArticle(c.article());
    }
    String title = c.title().isEmpty() ? c.doc() : c.title();
    return title + " (" + c.passageId() + ")";
  }

  /** {@code L2312-8} becomes {@code L. 2312-8}, as lawyers print it. */
  static String displayArticle(String number) {
    if (number.length() > 1 && Character.isLetter(number.charAt(0)) && Character.isDigit(number.charAt(1))) {
      return number.charAt(0) + ". " + number.substring(1);
    }
    return number;
  }
}
