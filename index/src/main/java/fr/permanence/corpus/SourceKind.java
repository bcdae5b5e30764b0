package fr.permanence.corpus;

/**
 * The kinds of source a permanence answers from. Each kind is one entry: the name scripts see,
 * the index fields its passages are searched in, its weight beside the union's documents, how
 * many of the first places of a result one of its sources may take, and how it is cited. Adding
 * a kind means adding an entry here and an importer that writes a {@link SourceFile}; search,
 * balance and citations follow from the entry.
 */
public enum SourceKind {
  /** The union's own documents: PDFs or texts moderators add, quoted with page and section. */
  DOCUMENT("document", "", 1f, 3, false),
  /**
   * Articles of the Code du travail. Below the union's documents: their explanation comes first
   * for a general question, the law itself when the question names an article (an exact boost).
   */
  CODE("code", "code_", 0.7f, 3, true),
  /**
   * The Ministry of Labour's practical fact sheets: plain-language explanations of everyday
   * labour law, each section citing the articles it explains.
   */
  FICHE("fiche", "fiche_", 0.6f, 2, false),
  /** A collective agreement (Syntec by default), quoted article by article. */
  CONVENTION("convention", "conv_", 0.6f, 3, true);

  private final String label;
  private final String fieldPrefix;
  private final float weight;
  private final int perSourceInTop;
  private final boolean askedByName;

  SourceKind(String label, String fieldPrefix, float weight, int perSourceInTop, boolean askedByName) {
    this.label = label;
    this.fieldPrefix = fieldPrefix;
    this.weight = weight;
    this.perSourceInTop = perSourceInTop;
    this.askedByName = askedByName;
  }

  /**
   * Whether a question naming a source of this kind by its title ("la convention Syntec", "le
   * code du travail") asks what that source says, so that its passages lose their weight below
   * the union's documents. Not for fact sheets, whose titles are topics ("La période d'essai"),
   * nor for the union's documents, which have full weight already.
   */
  public boolean askedByName() {
    return askedByName;
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

  /** Score factor of this kind's matches beside the union's documents (1). */
  public float weight() {
    return weight;
  }

  /**
   * How many of the first places one source of this kind may take (a source is a document, the
   * code, a fact sheet, an agreement): the best few say what it has to say.
   */
  public int perSourceInTop() {
    return perSourceInTop;
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
