/**
 * The field's own lexicons turned into the project's synonym files: code.travail.gouv.fr's
 * synonym rules and the TESS thesaurus's equivalences, from the npm package
 * {@code @socialgouv/cdtn-elasticsearch}. Run once per package version; the files it writes are
 * committed and read at run time by {@link fr.permanence.analysis.Synonyms}.
 */
package fr.permanence.lexicon;
