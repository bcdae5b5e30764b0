package fr.permanence.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.permanence.corpus.Corpus;
import fr.permanence.corpus.UnreadableDocumentException;
import fr.permanence.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Edits {@code manifest.json} as a JSON tree, so fields this code does not know (full_title,
 * notes…) survive, and rewrites it atomically: a reader sees the old or the new file, never half.
 * Also reads and writes the one-entry manifests kept beside archived texts.
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
    return readEntry(corpusDir.resolve(Corpus.MANIFEST));
  }

  /** Reads the manifest {@code file} (a corpus manifest or an archived entry). */
  static ManifestFile readEntry(Path file) {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (!(root instanceof ObjectNode object) || !root.path("documents").isArray()) {
        throw new UnreadableDocumentException(file, "la liste \"documents\" manque");
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

  /** The only entry of an archived entry's manifest. */
  ObjectNode single() {
    if (documents().size() != 1 || !(documents().get(0) instanceof ObjectNode entry)
        || entry.path("slug").asText().isEmpty() || entry.path("file").asText().isEmpty()) {
      throw new UnreadableDocumentException(file, "an archived entry must hold one document with slug and file");
    }
    return entry;
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

  /** Adds a copy of {@code entry} (from an archive) whose text is now {@code relativeFile}. */
  void addCopy(ObjectNode entry, String relativeFile) {
    documents().add(entry.deepCopy().put("file", relativeFile));
  }

  void remove(String slug) {
    for (int i = 0; i < documents().size(); i++) {
      if (slug.equals(documents().get(i).path("slug").asText())) {
        documents().remove(i);
        return;
      }
    }
  }

  /** Writes the entry of {@code slug} alone, as a one-document manifest, to {@code target}. */
  void writeEntry(String slug, Path target) throws IOException {
    ObjectNode single = JSON.createObjectNode();
    single.put("version", root.path("version").asInt(1));
    single.putArray("documents").add(entry(slug).deepCopy());
    AtomicFiles.write(target, out -> JSON.writeValue(out, single));
  }

  /** Writes the manifest beside the old one, then moves it over in one step. */
  void write() {
    if (!root.has("version")) {
      root.put("version", 1);
    }
    try {
      AtomicFiles.write(file, out -> JSON.writeValue(out, root));
    } catch (IOException e) {
      throw new UnreadableDocumentException(file, e);
    }
  }
}
