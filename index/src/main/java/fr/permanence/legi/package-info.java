/** The Code du travail from the {@code @socialgouv/legi-data} package: import, article passages, compact file. */
package fr.permanence.legi;
