package fr.permanence.report;

/**
 * Something counted in the review.
 *
 * @param key what is counted: a passage id, a document slug, an article number
 * @param label how it is shown: the document title, "Code du travail, L. 2312-8"…
 * @param count how many questions
 */
public record Tally(String key, String label, int count) {}
