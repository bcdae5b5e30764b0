/** The corpus: documents, their manifest, and the passages cut from them. */
package fr.permanence.corpus;
