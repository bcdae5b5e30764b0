package fr.permanence.corpus;

/**
 * The kinds of source a permanence answers from. Each kind is one entry: the name scripts see,
 * the index fields its passages are searched in, and how it is cited ({@link SourceLabel}). Adding a kind means adding
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
}
