/** Text extraction from PDF files, page by page, in the corpus' text convention. */
package fr.permanence.ingest.pdf;
