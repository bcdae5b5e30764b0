package fr.permanence.moderation;

/**
 * What a moderator says about a document they add; empty fields are filled from the file name.
 *
 * @param slug wished slug, or "" to derive one from the title
 * @param title short title for citations, or "" to use the file name
 * @param author author, or ""
 * @param year year of publication, or 0
 * @param kind rapport, tract, livret…, or ""
 */
public record DocumentMeta(String slug, String title, String author, int year, String kind) {
  public DocumentMeta {
    slug = slug == null ? "" : slug.strip();
    title = title == null ? "" : title.strip();
    author = author == null ? "" : author.strip();
    kind = kind == null ? "" : kind.strip();
  }

  /** Nothing known but the file. */
  public static DocumentMeta none() {
    return new DocumentMeta("", "", "", 0, "");
  }
}
