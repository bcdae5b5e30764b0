package fr.permanence.corpus;

/**
 * How a passage's source is named, in the one place every reader's label is written: members
 * in answers ({@link #full}) and in the chat platforms' short slots ({@link #brief}), the
 * language model ({@link #forModel}), trainers ({@link #forTrainers}). The forms share their
 * pieces (an article's number as lawyers print it, a page, a heading) and differ only where
 * their readers do. Stateless and thread-safe.
 */
public final class SourceLabel {
  private SourceLabel() {}

  /**
   * The label an answer shows under a quote (without its link): "Guide, p. 12, « Le CSE »",
   * "Code du travail, art. L. 2312-8 (Attributions générales)", "Fiche du ministère du Travail
   * « La période d'essai », « Durée »", "Convention collective Syntec (IDCC 1486), art. 3.4
   * (Période d'essai)".
   *
   * @param kind the kind of source, which decides how the label reads
   * @param title the document's, fact sheet's or agreement's title
   * @param page the page of a document, or 0
   * @param section the heading (for an article, what it is about)
   * @param reference the article number for the code ("L2312-8") and agreements ("art. 3.4"), "" otherwise
   */
  public static String full(SourceKind kind, String title, int page, String section, String reference) {
    return switch (kind) {
      case DOCUMENT -> title + page(page) + (section.isEmpty() ? "" : ", « " + section + " »");
      case FICHE -> "Fiche du ministère du Travail « " + title + " »"
          + (section.isEmpty() || section.equals(title) ? "" : ", « " + section + " »");
      case CODE, CONVENTION -> {
        String number = kind == SourceKind.CODE ? Article.displayNumber(reference) : reference;
        String article = reference.isEmpty() ? ""
            : ", " + (reference.startsWith("art. ") || reference.contains(", art. ") ? number : "art. " + number);
        yield title + article + (section.isEmpty() ? "" : " (" + section + ")");
      }
    };
  }

  /**
   * The label of the chat platforms' short slots (a Discord embed's field name, a Matrix
   * heading, the reply to "voir"): an article of the code without what it is about, a
   * document's heading after a dash; fact sheets and agreements as in {@link #full}.
   *
   * @param article the Code du travail article number ("L2312-8"), or ""
   */
  public static String brief(SourceKind kind, String title, int page, String section, String article,
      String reference) {
    if (kind == SourceKind.FICHE || kind == SourceKind.CONVENTION) {
      return full(kind, title, page, section, reference);
    }
    if (!article.isEmpty()) {
      return "Code du travail, " + article(article);
    }
    return title + page(page) + (section.isEmpty() ? "" : " — " + section);
  }

  /**
   * The label the language model reads before each passage, and generated answers show in
   * their source lines: "Code du travail, art. L. 2312-8", "Guide CSE, p. 12, « Consultations »".
   *
   * @param article the Code du travail article number ("L2312-8"), or ""
   */
  public static String forModel(String title, int page, String section, String article) {
    if (!article.isEmpty()) {
      return title + ", " + article(article);
    }
    return title + page(page) + (section.isBlank() ? "" : ", « " + section.strip() + " »");
  }

  /**
   * The label trainers read in the report: "Code du travail, L. 2312-8", "Guide du CSE — Le
   * budget du CSE"; titles, never passage ids, and no page (a subject spans pages).
   *
   * @param doc the document's slug, shown when it has no title
   * @param section the heading, already cut to the report's width
   * @param article the Code du travail article number ("L2312-8"), or ""
   */
  public static String forTrainers(String title, String doc, String section, String article) {
    if (!article.isEmpty()) {
      return (title.isEmpty() ? "Code du travail" : title) + ", " + Article.displayNumber(article);
    }
    return (title.isEmpty() ? doc : title) + (section.isBlank() ? "" : " — " + section);
  }

  /** An article of the code as cited: "art. L. 2312-8". */
  public static String article(String number) {
    return "art. " + Article.displayNumber(number);
  }

  private static String page(int page) {
    return page > 0 ? ", p. " + page : "";
  }
}
