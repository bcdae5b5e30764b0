package fr.permanence.ingest;

/**
 * A paragraph or heading of a repaired document.
 *
 * @param heading true for a section heading
 * @param page the page of its first line
 * @param text repaired text, one line
 * @param start offset in the repaired document text
 */
public record Block(boolean heading, int page, String text, int start) {
  public int end() {
    return start + text.length();
  }
}
