package fr.permanence.moderation;

/**
 * A change made to the corpus, as recorded in the audit table.
 *
 * @param action "add", "replace", "remove" or "restore"
 * @param slug the document
 * @param title its title
 * @param checksum SHA-256 (hex) of the file sent (of the removed or restored text otherwise)
 * @param passages passages cut from the new text (0 for a removal)
 * @param pages pages of a PDF, 0 otherwise
 * @param pagesWithoutText PDF pages that had no text layer and were left out
 * @param archive the archive holding the text this change took out ("" when none), for {@link CorpusEditor#restore}
 */
public record CorpusChange(
    String action, String slug, String title, String checksum, int passages, int pages, int pagesWithoutText,
    String archive) {
  public CorpusChange {
    archive = archive == null ? "" : archive;
  }
}
