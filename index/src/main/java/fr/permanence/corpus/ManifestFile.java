package fr.permanence.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Edits {@code manifest.json} as a JSON tree, so fields this code does not know (full_title,
 * notes…) survive, and rewrites it atomically: a reader sees the old or the new file, never half.
 */
final class ManifestFile {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final ObjectNode root;

  private ManifestFile(Path file, ObjectNode root) {
    this.file = file;
    this.root = root;
  }

  static ManifestFile read(Path corpusDir) {
    Path file = corpusDir.resolve(Corpus.MANIFEST);
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (!(root instanceof ObjectNode object) || !root.path("documents").isArray()) {
        throw new UnreadableDocumentException(file, "\"documents\" must be a list");
      }
      return new ManifestFile(file, object);
    } catch (IOException e) {
      throw new UnreadableDocumentException(file, e);
    }
  }

  private ArrayNode documents() {
    return (ArrayNode) root.get("documents");
  }

  /** The entry of {@code slug}, or null. */
  ObjectNode entry(String slug) {
    for (JsonNode d : documents()) {
      if (slug.equals(d.path("slug").asText())) {
        return (ObjectNode) d;
      }
    }
    return null;
  }

  void add(String slug, String relativeFile, DocumentMeta meta, String title, String origin) {
    ObjectNode d = documents().addObject();
    d.put("slug", slug);
    d.put("file", relativeFile);
    d.put("title", title);
    d.put("author", meta.author());
    if (meta.year() > 0) {
      d.put("year", meta.year());
    } else {
      d.putNull("year");
    }
    d.put("kind", meta.kind());
    d.put("language", "fr");
    d.put("origin", origin);
  }

  void remove(String slug) {
    for (int i = 0; i < documents().size(); i++) {
      if (slug.equals(documents().get(i).path("slug").asText())) {
        documents().remove(i);
        return;
      }
    }
  }

  /** Writes the manifest beside the old one, then moves it over in one step. */
  void write() {
    if (!root.has("version")) {
      root.put("version", 1);
    }
    Path tmp = file.resolveSibling(Corpus.MANIFEST + ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UnreadableDocumentException(file, e);
    }
  }
}
