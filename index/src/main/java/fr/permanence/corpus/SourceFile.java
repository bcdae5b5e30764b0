package fr.permanence.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.SerializedString;
import fr.permanence.files.AtomicFiles;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * An imported source on disk (the Code du travail, the Ministry's fact sheets, a collective
 * agreement): a gzip file of JSON lines, a {@link Header} first, then one passage per line. What
 * all passages share (kind, slug, title, the start of their links) is in the header, not
 * repeated on each line; empty fields are left out. One codec for every kind of source.
 *
 * <p>Thread-safety: stateless; each call opens its own file.
 */
public final class SourceFile {
  /** Files of imported sources end with this in a corpus folder. */
  public static final String SUFFIX = ".jsonl.gz";
  /** Value of the header's "format" field: tells this file from any other JSON lines. */
  public static final String FORMAT = "permanence/source";
  /** Bumped whenever the line layout changes; older files must be imported again. */
  public static final int FORMAT_VERSION = 2;
  /** The first format, Code du travail only: still read, so a data folder keeps working. */
  private static final String FORMAT_V1 = "permanence/code-du-travail";
  /** The read buffer: a small file fits in a few of them, the whole code reads in large gulps. */
  private static final int BUFFER = 1 << 16;
  /** The JSON layer, without data binding: the file is read field by field, which keeps a cold read fast. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * First line of the file.
   *
   * @param format always {@link #FORMAT}
   * @param formatVersion {@link #FORMAT_VERSION} when written
   * @param kind the kind of every passage of the file
   * @param doc the source's slug, e.g. {@code code-du-travail}
   * @param title its title in citations (a passage may carry its own, as fact sheets do)
   * @param linkPrefix a passage's address is this followed by its "link" field
   * @param packageName npm package the passages come from, e.g. {@code @socialgouv/legi-data}
   * @param packageVersion its version, e.g. {@code 2.513.0}
   * @param versionDate the date of the source's version in the package (ISO, may be empty)
   * @param imported the import day (ISO)
   * @param inForceOn the day the kept articles are in force on (ISO), or ""
   * @param selection what was kept: article prefixes, or the agreement's IDCC; empty for all
   * @param units articles or fact sheets in the file
   * @param passages passage lines after the header
   */
  public record Header(
      String format, int formatVersion, SourceKind kind, String doc, String title, String linkPrefix,
      String packageName, String packageVersion, String versionDate, String imported, String inForceOn,
      List<String> selection, int units, int passages) {
    public Header {
      selection = selection == null ? List.of() : List.copyOf(selection);
      linkPrefix = linkPrefix == null ? "" : linkPrefix;
    }

    /** A header of the current format. */
    public static Header of(SourceKind kind, String doc, String title, String linkPrefix, String packageName,
        String packageVersion, String versionDate, String imported, String inForceOn, List<String> selection,
        int units, int passages) {
      return new Header(FORMAT, FORMAT_VERSION, kind, doc, title, linkPrefix, packageName, packageVersion,
          versionDate, imported, inForceOn, selection, units, passages);
    }
  }

  private SourceFile() {}

  /**
   * Writes {@code passages} (all of the header's kind and slug, with links starting with its
   * prefix) to {@code file}; the file is replaced only once the new one is complete.
   */
  public static void write(Path file, Header header, List<Passage> passages) {
    try {
      AtomicFiles.write(file, stream -> {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(stream, BUFFER), StandardCharsets.UTF_8), BUFFER);
            JsonGenerator json = JSON.createGenerator(out)) {
          json.setRootValueSeparator(new SerializedString("\n"));
          writeHeader(json, header);
          for (Passage p : passages) {
            writePassage(json, header, p);
          }
          json.writeRaw('\n');
        }
      });
    } catch (IOException e) {
      throw new UnreadableDocumentException(file, "écriture impossible : " + e.getMessage());
    }
  }

  private static void writeHeader(JsonGenerator json, Header h) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", h.format());
    json.writeNumberField("formatVersion", h.formatVersion());
    json.writeStringField("kind", h.kind().label());
    json.writeStringField("doc", h.doc());
    json.writeStringField("title", h.title());
    json.writeStringField("linkPrefix", h.linkPrefix());
    json.writeStringField("packageName", h.packageName());
    json.writeStringField("packageVersion", h.packageVersion());
    json.writeStringField("versionDate", h.versionDate());
    json.writeStringField("imported", h.imported());
    json.writeStringField("inForceOn", h.inForceOn());
    json.writeArrayFieldStart("selection");
    for (String s : h.selection()) {
      json.writeString(s);
    }
    json.writeEndArray();
    json.writeNumberField("units", h.units());
    json.writeNumberField("passages", h.passages());
    json.writeEndObject();
  }

  private static void writePassage(JsonGenerator json, Header h, Passage p) throws IOException {
    if (p.kind() != h.kind() || !p.doc().equals(h.doc())) {
      throw new IllegalArgumentException("passage " + p.id() + " (" + p.kind().label() + ", " + p.doc()
          + ") does not belong in a file of " + h.kind().label() + " " + h.doc());
    }
    if (!p.url().startsWith(h.linkPrefix())) {
      throw new IllegalArgumentException("passage " + p.id() + ": address " + p.url() + " outside " + h.linkPrefix());
    }
    json.writeStartObject();
    json.writeStringField("id", p.id());
    optional(json, "title", p.title().equals(h.title()) ? "" : p.title());
    Article a = p.article();
    if (a != null) {
      json.writeStringField("number", a.number());
      optional(json, "path", a.path());
      optional(json, "versionDate", a.versionDate());
    }
    optional(json, "reference", p.reference());
    optional(json, "section", p.section());
    optional(json, "link", p.url().substring(h.linkPrefix().length()));
    if (!p.cites().isEmpty()) {
      json.writeArrayFieldStart("cites");
      for (String c : p.cites()) {
        json.writeString(c);
      }
      json.writeEndArray();
    }
    json.writeNumberField("start", p.start());
    json.writeNumberField("end", p.end());
    json.writeStringField("text", p.text());
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String field, String value) throws IOException {
    if (!value.isEmpty()) {
      json.writeStringField(field, value);
    }
  }

  /** The header of {@code file}. */
  public static Header header(Path file) {
    try (JsonParser json = open(file)) {
      return readHeader(file, json);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Every passage of {@code file}, in the order they were written. */
  public static List<Passage> read(Path file) {
    try (JsonParser json = open(file)) {
      Header header = readHeader(file, json);
      List<Passage> passages = new ArrayList<>(header.passages());
      for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
        int line = json.currentLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          throw new UnreadableDocumentException(file, "ligne " + line + " : un objet JSON était attendu");
        }
        passages.add(readPassage(file, header, json, line));
      }
      if (passages.size() != header.passages()) {
        throw new UnreadableDocumentException(file, "fichier incomplet : " + passages.size() + " passages sur les "
            + header.passages() + " annoncés ; " + reimport(header.kind()));
      }
      return passages;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static JsonParser open(Path file) throws IOException {
    InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER);
    try {
      return JSON.createParser(in); // bytes: Jackson's UTF-8 parser is its fastest
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private static Passage readPassage(Path file, Header h, JsonParser json, int line) throws IOException {
    String id = null;
    String title = h.title();
    String number = null;
    String path = "";
    String versionDate = "";
    String reference = "";
    String section = "";
    String link = "";
    List<String> cites = List.of();
    String text = null;
    int start = -1;
    int end = -1;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "id" -> id = json.getValueAsString();
        case "title" -> title = json.getValueAsString("");
        case "number" -> number = json.getValueAsString();
        case "path" -> path = json.getValueAsString("");
        case "versionDate" -> versionDate = json.getValueAsString("");
        case "reference" -> reference = json.getValueAsString("");
        case "section" -> section = json.getValueAsString("");
        case "link", "legiId" -> link = json.getValueAsString(""); // legiId: format 1
        case "cites" -> cites = strings(json, value);
        case "text" -> text = json.getValueAsString();
        case "start" -> start = json.getValueAsInt(-1);
        case "end" -> end = json.getValueAsInt(-1);
        default -> json.skipChildren(); // a field added by a later version: not needed to quote
      }
    }
    try {
      String url = link.isEmpty() ? "" : h.linkPrefix() + link;
      Article article = number == null ? null : new Article(number, link, path, versionDate, url);
      return new Passage(id, h.doc(), title, 0, section, text, start, end, article, h.kind(), url, reference, cites);
    } catch (RuntimeException e) { // NullPointerException or IllegalArgumentException of an incomplete line
      throw new UnreadableDocumentException(file, "ligne " + line + " incomplète : " + e.getMessage());
    }
  }

  private static List<String> strings(JsonParser json, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      json.skipChildren();
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
      if (t == JsonToken.VALUE_STRING) {
        values.add(json.getText());
      } else {
        json.skipChildren();
      }
    }
    return values;
  }

  private static Header readHeader(Path file, JsonParser json) throws IOException {
    String format = null;
    int version = 0;
    String kind = "";
    String doc = "";
    String title = "";
    String linkPrefix = "";
    String packageName = "";
    String packageVersion = "";
    String versionDate = "";
    String imported = "";
    String inForceOn = "";
    List<String> selection = List.of();
    int units = 0;
    int passages = 0;
    try {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw notOurs(file);
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "format" -> format = json.getValueAsString();
          case "formatVersion" -> version = json.getValueAsInt(0);
          case "kind" -> kind = json.getValueAsString("");
          case "doc" -> doc = json.getValueAsString("");
          case "title" -> title = json.getValueAsString("");
          case "linkPrefix" -> linkPrefix = json.getValueAsString("");
          case "packageName" -> packageName = json.getValueAsString("");
          case "packageVersion" -> packageVersion = json.getValueAsString("");
          case "versionDate", "codeVersionDate" -> versionDate = json.getValueAsString("");
          case "imported" -> imported = json.getValueAsString("");
          case "inForceOn" -> inForceOn = json.getValueAsString("");
          case "units", "articles" -> units = json.getValueAsInt(0);
          case "passages" -> passages = json.getValueAsInt(0);
          case "selection", "prefixes" -> selection = strings(json, value);
          default -> json.skipChildren();
        }
      }
    } catch (JsonParseException e) {
      throw notOurs(file);
    }
    if (FORMAT_V1.equals(format) && version == 1) {
      // The Code du travail as the first versions wrote it: the kind and addresses were implied.
      return new Header(format, version, SourceKind.CODE, "code-du-travail", "Code du travail",
          "https://www.legifrance.gouv.fr/codes/article_lc/", packageName, packageVersion, versionDate, imported,
          inForceOn, selection, units, passages);
    }
    if (!FORMAT.equals(format)) {
      throw notOurs(file);
    }
    SourceKind k;
    try {
      k = SourceKind.of(kind);
    } catch (IllegalArgumentException e) {
      throw new UnreadableDocumentException(file, "type de source inconnu « " + kind + " »");
    }
    if (version != FORMAT_VERSION || doc.isEmpty()) {
      throw new UnreadableDocumentException(file, "format " + version + " au lieu de " + FORMAT_VERSION
          + " ; " + reimport(k));
    }
    return new Header(format, version, k, doc, title, linkPrefix, packageName, packageVersion, versionDate,
        imported, inForceOn, selection, units, passages);
  }

  private static String reimport(SourceKind kind) {
    return switch (kind) {
      case CODE -> "réimportez le Code du travail";
      case FICHE -> "réimportez les fiches du ministère du Travail";
      case CONVENTION -> "réimportez la convention collective";
      case DOCUMENT -> "réimportez ce fichier";
    };
  }

  private static UnreadableDocumentException notOurs(Path file) {
    return new UnreadableDocumentException(file, "ce n'est pas une source importée par Permanence");
  }

  private static UnreadableDocumentException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UnreadableDocumentException(file, "fichier introuvable");
    }
    if (e instanceof ZipException || e instanceof EOFException || e instanceof JsonEOFException) {
      return new UnreadableDocumentException(file,
          "fichier tronqué ou corrompu (" + e.getMessage() + ") ; importez-le à nouveau");
    }
    if (e instanceof JsonParseException p) {
      return new UnreadableDocumentException(file, "JSON invalide ligne " + p.getLocation().getLineNr()
          + " (" + p.getOriginalMessage() + ") ; importez-le à nouveau");
    }
    return new UnreadableDocumentException(file, "lecture impossible : " + e.getMessage());
  }
}
