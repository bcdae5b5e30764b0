/** Reading raw extracted text: artefact repair, pages, paragraphs, headings and passages. */
package fr.permanence.ingest;
