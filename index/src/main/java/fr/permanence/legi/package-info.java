/**
 * Légifrance's data as SocialGouv's npm packages publish it: the Code du travail from
 * {@code @socialgouv/legi-data} and collective agreements from {@code @socialgouv/kali-data}
 * (same tree of sections and articles), imported into {@link fr.permanence.corpus.SourceFile}s;
 * article numbers, prefixes, and long articles cut along their own structure.
 */
package fr.permanence.legi;
