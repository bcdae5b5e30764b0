package fr.permanence.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One document of the corpus as the manifest describes it.
 *
 * @param slug short stable name, used in passage ids and commands
 * @param file where its text is
 * @param title short readable title for citations
 * @param author who wrote it, or "" when unknown
 * @param year year of publication, or 0 when unknown
 * @param kind rapport, tract, livret, article…
 * @param origin where the file came from
 */
public record SourceDocument(
    String slug, Path file, String title, String author, int year, String kind, String origin) {
  public SourceDocument {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    author = author == null ? "" : author;
    kind = kind == null ? "" : kind;
    origin = origin == null ? "" : origin;
  }
}
