package fr.permanence.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.files.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the bot answers from: a folder holding {@code manifest.json} and the files it
 * lists. The manifest gives each document a slug, a short title for citations, author, year,
 * kind and origin.
 *
 * <p>Immutable and thread-safe: the manifest is read once, into an unmodifiable list.
 */
public final class Corpus {
  /** The manifest's name inside the corpus folder. */
  public static final String MANIFEST = "manifest.json";
  /** The imported Code du travail articles, when the corpus has them (see fr.permanence.legi). */
  public static final String CODE_DU_TRAVAIL = "code-du-travail" + SourceFile.SUFFIX;
  /** The Ministry of Labour's fact sheets, when the corpus has them (see fr.permanence.fiches). */
  public static final String FICHES = "fiches-travail" + SourceFile.SUFFIX;

  /** The file of the collective agreement {@code idcc} in a corpus folder. */
  public static String convention(String idcc) {
    return "convention-" + idcc + SourceFile.SUFFIX;
  }

  private final Path dir;
  private final List<SourceDocument> documents;

  private Corpus(Path dir, List<SourceDocument> documents) {
    this.dir = dir;
    this.documents = List.copyOf(documents);
  }

  /** Reads the manifest of {@code dir}; fails with the file and the reason when it is unusable. */
  public static Corpus open(Path dir) {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new UnreadableDocumentException(manifest, "pas de manifeste du corpus (" + MANIFEST + ") dans ce dossier");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(manifest.toFile());
    } catch (IOException e) {
      throw new UnreadableDocumentException(manifest, e);
    }
    JsonNode docs = root == null ? null : root.get("documents");
    if (docs == null || !docs.isArray()) {
      throw new UnreadableDocumentException(manifest, "la liste \"documents\" manque");
    }
    List<SourceDocument> documents = new ArrayList<>();
    for (JsonNode d : docs) {
      String slug = text(d, "slug");
      String file = text(d, "file");
      String title = text(d, "title");
      if (slug.isEmpty() || file.isEmpty() || title.isEmpty()) {
        throw new UnreadableDocumentException(manifest, "chaque document a besoin de slug, file et title : " + d);
      }
      Path path = dir.resolve(file).normalize();
      if (!path.startsWith(dir.normalize())) {
        throw new UnreadableDocumentException(manifest, "fichier hors du dossier du corpus : " + file);
      }
      documents.add(new SourceDocument(
          slug, path, title, text(d, "author"), d.path("year").asInt(0), text(d, "kind"), text(d, "origin")));
    }
    return new Corpus(dir, documents);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText().strip();
  }

  public Path dir() {
    return dir;
  }

  public List<SourceDocument> documents() {
    return documents;
  }

  /** Files whose content decides the index: the manifest and every document it lists. */
  public List<Path> files() {
    List<Path> files = new ArrayList<>();
    files.add(dir.resolve(MANIFEST));
    documents.forEach(d -> files.add(d.file()));
    files.addAll(importedSources());
    return files;
  }

  /**
   * The imported sources of this corpus ({@link SourceFile}s: the Code du travail, fact sheets,
   * agreements), in name order so that the index is built the same way every time.
   */
  public List<Path> importedSources() {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(f -> f.getFileName().toString().endsWith(SourceFile.SUFFIX) && Files.isRegularFile(f))
          .sorted().toList();
    } catch (IOException e) {
      throw new UnreadableDocumentException(dir, e);
    }
  }

  /**
   * A digest of the corpus content and of {@code salt} (the ingestion and analysis version):
   * the index is rebuilt whenever it differs from the one it was built from.
   */
  public String fingerprint(String salt) {
    MessageDigest digest = Sha256.digest();
    digest.update(salt.getBytes(StandardCharsets.UTF_8));
    for (Path file : files()) {
      digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      if (!Files.isRegularFile(file)) {
        continue; // a missing file is reported by ingestion, with its name; here it just changes the digest
      }
      try {
        Sha256.update(digest, file);
      } catch (IOException e) {
        throw new UnreadableDocumentException(file, e);
      }
    }
    return Sha256.hex(digest);
  }

}
