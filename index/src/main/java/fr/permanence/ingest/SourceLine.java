package fr.permanence.ingest;

/**
 * One line of extracted text and the PDF page it is on.
 *
 * @param page 1-based page number
 * @param text the line, ligatures repaired, the page-start space and trailing spaces removed
 * @param blank true for an empty line
 */
record SourceLine(int page, String text, boolean blank) {}
