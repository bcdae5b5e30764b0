package fr.permanence.corpus;

/**
 * The kinds of source a permanence answers from. Each kind is one entry: the name scripts see,
 * the index fields its passages are searched in, and how it is cited. Adding a kind means adding
 * an entry here, an importer that writes a {@link SourceFile}, and its weight and place in the
 * top among the ranking parameters (search.RankingParameters); search, balance and citations
 * follow from the entry.
 */
public enum SourceKind {
  /** The union's own documents: PDFs or texts moderators add, quoted with page and section. */
  DOCUMENT("document", ""),
  /** Articles of the Code du travail. */
  CODE("code", "code_"),
  /**
   * The Ministry of Labour's practical fact sheets: plain-language explanations of everyday
   * labour law, each section citing the articles it explains.
   */
  FICHE("fiche", "fiche_"),
  /** A collective agreement (Syntec by default), quoted article by article. */
  CONVENTION("convention", "conv_");

  private final String label;
  private final String fieldPrefix;

  SourceKind(String label, String fieldPrefix) {
    this.label = label;
    this.fieldPrefix = fieldPrefix;
  }

  /** The kind as scripts and files name it: document, code, fiche, convention. */
  public String label() {
    return label;
  }

  /**
   * Prefix of this kind's text and heading fields in the index. Each kind has fields of its own:
   * BM25 weighs a word by how rare it is in its field, and "salarié", everywhere in the code and
   * the fact sheets, must keep its weight among the union's documents whatever else is imported.
   */
  public String fieldPrefix() {
    return fieldPrefix;
  }

  /** The kind named {@code label}. */
  public static SourceKind of(String label) {
    for (SourceKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown source kind: " + label);
  }

  /**
   * How a member reads where a passage comes from (without its link): "Guide, p. 12, « Le CSE »",
   * "Code du travail, art. L. 2312-8 (Attributions générales)", "Fiche du ministère du Travail
   * « La période d'essai », « Durée »", "Convention collective Syntec (IDCC 1486), art. 3.4
   * (Période d'essai)".
   *
   * @param title the document's, fact sheet's or agreement's title
   * @param page the page of a document, or 0
   * @param section the heading (for an article, what it is about)
   * @param reference the article number for the code and agreements, "" otherwise
   */
  public String cite(String title, int page, String section, String reference) {
    StringBuilder s = new StringBuilder(title);
    switch (this) {
      case DOCUMENT -> {
        if (page > 0) {
          s.append(", p. ").append(page);
        }
        if (!section.isEmpty()) {
          s.append(", « ").append(section).append(" »");
        }
      }
      case FICHE -> {
        s.insert(0, "Fiche du ministère du Travail « ").append(" »");
        if (!section.isEmpty() && !section.equals(title)) {
          s.append(", « ").append(section).append(" »");
        }
      }
      case CODE, CONVENTION -> {
        if (!reference.isEmpty()) {
          s.append(", ").append(reference.startsWith("art. ") || reference.contains(", art. ") ? "" : "art. ")
              .append(this == CODE ? Article.displayNumber(reference) : reference);
        }
        if (!section.isEmpty()) {
          s.append(" (").append(section).append(")");
        }
      }
    }
    return s.toString();
  }
}
