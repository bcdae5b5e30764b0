/**
 * The Ministry of Labour's practical fact sheets, from the {@code @socialgouv/fiches-travail-data}
 * package: import into a {@link fr.permanence.corpus.SourceFile}, one passage per section (or
 * part of a long section), each with the Code du travail articles it cites.
 */
package fr.permanence.fiches;
