package fr.permanence.legi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.SerializedString;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.UnreadableDocumentException;
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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The imported Code du travail on disk: a gzip file of JSON lines, a {@link Header} first, then
 * one passage per line. The document fields common to all passages (slug, title, page) and the
 * Légifrance address (built from the id) are not repeated on each line.
 */
public final class CodeDuTravailFile {
  /** Slug of the Code du travail among the corpus documents. */
  public static final String DOC = "code-du-travail";
  /** Its title in citations. */
  public static final String TITLE = "Code du travail";
  /** Légifrance identifier of the code. */
  public static final String CODE_ID = "LEGITEXT000006072050";
  /** An article's Légifrance address is this followed by its LEGIARTI id. */
  public static final String URL_PREFIX = "https://www.legifrance.gouv.fr/codes/article_lc/";
  /** Value of the header's "format" field: tells this file from any other JSON lines. */
  public static final String FORMAT = "permanence/code-du-travail";
  /** Bumped whenever the line layout changes; older files must be imported again. */
  public static final int FORMAT_VERSION = 1;
  /** The read buffer: the default subset fits in a few of them, the whole code reads in large gulps. */
  private static final int BUFFER = 1 << 16;

  /**
   * First line of the file.
   *
   * @param format always {@link #FORMAT}
   * @param formatVersion {@link #FORMAT_VERSION} when written
   * @param packageName npm package the articles come from, e.g. {@code @socialgouv/legi-data}
   * @param packageVersion its version, e.g. {@code 2.513.0}
   * @param codeVersionDate the code's version date in the package
   * @param imported the import day (ISO)
   * @param inForceOn the day the kept articles are in force on (ISO)
   * @param prefixes prefix rules applied, empty for the whole code
   * @param articles articles in the file
   * @param passages passage lines after the header
   */
  public record Header(
      String format, int formatVersion, String packageName, String packageVersion, String codeVersionDate,
      String imported, String inForceOn, List<String> prefixes, int articles, int passages) {
    public Header {
      prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
    }
  }

  /** The JSON layer, without data binding: the file is read field by field, which keeps a cold read fast. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private CodeDuTravailFile() {}

  /**
   * Writes {@code passages} (all of {@link #DOC}, each with its article) to {@code file}; the
   * file is replaced only once the new one is complete.
   */
  public static void write(Path file, Header header, List<Passage> passages) {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try (Writer out = new BufferedWriter(new OutputStreamWriter(
              new GZIPOutputStream(Files.newOutputStream(temp), BUFFER), StandardCharsets.UTF_8), BUFFER);
          JsonGenerator json = JSON.createGenerator(out)) {
        json.setRootValueSeparator(new SerializedString("\n"));
        writeHeader(json, header);
        for (Passage p : passages) {
          writePassage(json, p);
        }
        json.writeRaw('\n');
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      deleteAfterFailure(temp, e);
      if (e instanceof IOException io) {
        throw new UnreadableDocumentException(file, "écriture impossible : " + io.getMessage());
      }
      throw (RuntimeException) e;
    }
  }

  private static void writeHeader(JsonGenerator json, Header h) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", h.format());
    json.writeNumberField("formatVersion", h.formatVersion());
    json.writeStringField("packageName", h.packageName());
    json.writeStringField("packageVersion", h.packageVersion());
    json.writeStringField("codeVersionDate", h.codeVersionDate());
    json.writeStringField("imported", h.imported());
    json.writeStringField("inForceOn", h.inForceOn());
    json.writeArrayFieldStart("prefixes");
    for (String prefix : h.prefixes()) {
      json.writeString(prefix);
    }
    json.writeEndArray();
    json.writeNumberField("articles", h.articles());
    json.writeNumberField("passages", h.passages());
    json.writeEndObject();
  }

  private static void writePassage(JsonGenerator json, Passage p) throws IOException {
    Article a = p.article();
    if (a == null || !DOC.equals(p.doc())) {
      throw new IllegalArgumentException("passage " + p.id() + " is not an article of the Code du travail");
    }
    json.writeStartObject();
    json.writeStringField("id", p.id());
    json.writeStringField("number", a.number());
    json.writeStringField("legiId", a.legiId());
    json.writeStringField("path", a.path());
    json.writeStringField("versionDate", a.versionDate());
    json.writeStringField("section", p.section());
    json.writeNumberField("start", p.start());
    json.writeNumberField("end", p.end());
    json.writeStringField("text", p.text());
    json.writeEndObject();
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
        passages.add(readPassage(file, json, line));
      }
      if (passages.size() != header.passages()) {
        throw new UnreadableDocumentException(file, "fichier incomplet : " + passages.size() + " passages sur les "
            + header.passages() + " annoncés ; réimportez le Code du travail");
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

  private static Passage readPassage(Path file, JsonParser json, int line) throws IOException {
    String id = null;
    String number = null;
    String legiId = "";
    String path = "";
    String versionDate = "";
    String section = "";
    String text = null;
    int start = -1;
    int end = -1;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      switch (field) {
        case "id" -> id = json.getValueAsString();
        case "number" -> number = json.getValueAsString();
        case "legiId" -> legiId = json.getValueAsString("");
        case "path" -> path = json.getValueAsString("");
        case "versionDate" -> versionDate = json.getValueAsString("");
        case "section" -> section = json.getValueAsString("");
        case "text" -> text = json.getValueAsString();
        case "start" -> start = json.getValueAsInt(-1);
        case "end" -> end = json.getValueAsInt(-1);
        default -> json.skipChildren(); // a field added by a later version: not needed to quote
      }
    }
    try {
      return new Passage(id, DOC, TITLE, 0, section, text, start, end,
          new Article(number, legiId, path, versionDate, URL_PREFIX + legiId));
    } catch (RuntimeException e) { // NullPointerException or IllegalArgumentException of an incomplete line
      throw new UnreadableDocumentException(file, "ligne " + line + " incomplète : " + e.getMessage());
    }
  }

  private static Header readHeader(Path file, JsonParser json) throws IOException {
    String format = null;
    int version = 0;
    String packageName = "";
    String packageVersion = "";
    String codeVersionDate = "";
    String imported = "";
    String inForceOn = "";
    List<String> prefixes = new ArrayList<>();
    int articles = 0;
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
          case "packageName" -> packageName = json.getValueAsString("");
          case "packageVersion" -> packageVersion = json.getValueAsString("");
          case "codeVersionDate" -> codeVersionDate = json.getValueAsString("");
          case "imported" -> imported = json.getValueAsString("");
          case "inForceOn" -> inForceOn = json.getValueAsString("");
          case "articles" -> articles = json.getValueAsInt(0);
          case "passages" -> passages = json.getValueAsInt(0);
          case "prefixes" -> {
            if (value == JsonToken.START_ARRAY) {
              while (json.nextToken() == JsonToken.VALUE_STRING) {
                prefixes.add(json.getText());
              }
            }
          }
          default -> json.skipChildren();
        }
      }
    } catch (JsonParseException e) {
      throw notOurs(file);
    }
    if (!FORMAT.equals(format)) {
      throw notOurs(file);
    }
    if (version != FORMAT_VERSION) {
      throw new UnreadableDocumentException(file, "format " + version + " au lieu de "
          + FORMAT_VERSION + " ; réimportez le Code du travail");
    }
    return new Header(format, version, packageName, packageVersion, codeVersionDate, imported, inForceOn, prefixes,
        articles, passages);
  }

  private static UnreadableDocumentException notOurs(Path file) {
    return new UnreadableDocumentException(file, "ce n'est pas un Code du travail importé par Permanence");
  }

  private static UnreadableDocumentException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UnreadableDocumentException(file, "fichier introuvable");
    }
    if (e instanceof ZipException || e instanceof EOFException || e instanceof JsonEOFException) {
      return new UnreadableDocumentException(file,
          "fichier tronqué ou corrompu (" + e.getMessage() + ") ; réimportez le Code du travail");
    }
    if (e instanceof JsonParseException p) {
      return new UnreadableDocumentException(file, "JSON invalide ligne " + p.getLocation().getLineNr()
          + " (" + p.getOriginalMessage() + ") ; réimportez le Code du travail");
    }
    return new UnreadableDocumentException(file, "lecture impossible : " + e.getMessage());
  }

  /** Removes the half-written file; a failure to do so is attached to the error being reported. */
  private static void deleteAfterFailure(Path temp, Exception failure) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
