package fr.permanence.legi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceFile;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.UnreadableDocumentException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Imports the Code du travail from the {@code @socialgouv/legi-data} npm package (the .tgz that
 * {@code npm pack @socialgouv/legi-data} downloads, the extracted package folder, or its
 * {@code data/LEGITEXT000006072050.json}). The 55 MB tree is streamed; only articles in force on
 * the import day are kept, optionally only those a prefix rule keeps. Each article becomes one
 * passage, or several for a long one, cut along its own structure.
 */
public final class CodeDuTravailImporter {
  /** Slug of the Code du travail among the corpus sources. */
  public static final String DOC = "code-du-travail";
  /** Its title in citations. */
  public static final String TITLE = "Code du travail";
  /** Légifrance identifier of the code. */
  public static final String CODE_ID = "LEGITEXT000006072050";
  /** An article's Légifrance address is this followed by its LEGIARTI id. */
  public static final String URL_PREFIX = "https://www.legifrance.gouv.fr/codes/article_lc/";
  /** The npm package holding the code. */
  public static final String PACKAGE_NAME = "@socialgouv/legi-data";
  /** The code's file inside the package. */
  static final String CODE_ENTRY = "data/" + CODE_ID + ".json";
  /** How a user gets the package, said in every error about it. */
  private static final String HOW_TO_GET = "téléchargez le paquet avec « npm pack " + PACKAGE_NAME + " »";
  /** Read buffer for the archive: the gzip and tar layers read in large blocks. */
  private static final int BUFFER = 1 << 16;

  /** Passages of an import kept in memory, and what the import did. */
  public record Result(List<Passage> passages, ImportReport report) {
    public Result {
      passages = List.copyOf(passages);
    }
  }

  private final Clock clock;
  private final ObjectMapper mapper;

  /** @param clock gives the day articles must be in force on, and the import date */
  public CodeDuTravailImporter(Clock clock) {
    this.clock = clock;
    // The tar stream holds every entry: reading one must not close it.
    this.mapper = new ObjectMapper(JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());
  }

  public CodeDuTravailImporter() {
    this(Clock.systemDefaultZone());
  }

  /**
   * Imports {@code source} into {@code output} (see {@link SourceFile}); on any error
   * {@code output} is left as it was.
   *
   * @param prefixes article-number prefixes or ranges to keep ("L2312", "L2141-L2146"); empty keeps all
   * @throws UnreadableDocumentException when the source is missing, truncated, not JSON or not the code
   * @throws IllegalArgumentException when a prefix is malformed (French message naming it)
   */
  public ImportReport importTo(Path source, List<String> prefixes, Path output) {
    long started = System.nanoTime();
    Result result = read(source, prefixes);
    ImportReport r = result.report();
    SourceFile.write(output, SourceFile.Header.of(SourceKind.CODE, DOC, TITLE, URL_PREFIX, r.packageName(),
        r.packageVersion(), r.codeVersionDate(), LocalDate.now(clock).toString(), r.inForceOn().toString(),
        r.prefixes(), r.articles(), r.passages()), result.passages());
    return new ImportReport(r.source(), r.packageName(), r.packageVersion(), r.codeVersionDate(), r.inForceOn(),
        r.prefixes(), r.articles(), r.passages(), r.notInForce(), r.outsidePrefixes(), r.unmatchedPrefixes(),
        output, Duration.ofNanos(System.nanoTime() - started));
  }

  /** Imports {@code source} into memory; same rules and errors as {@link #importTo}. */
  public Result read(Path source, List<String> prefixes) {
    long started = System.nanoTime();
    ArticlePrefixes rules = ArticlePrefixes.of(prefixes);
    LocalDate today = LocalDate.now(clock);
    Converter converter = new Converter(rules, today);
    Origin origin = parse(source, converter);
    List<String> unmatched = rules.specs().stream().filter(s -> !converter.matchedRules.contains(s)).toList();
    ImportReport report = new ImportReport(source, origin.packageName, origin.packageVersion, origin.code.versionDate(),
        today, rules.specs(), converter.articles, converter.passages.size(), converter.notInForce,
        converter.outsidePrefixes, unmatched, null, Duration.ofNanos(System.nanoTime() - started));
    return new Result(converter.passages, report);
  }

  /** Where the articles came from. */
  private record Origin(LegiCodeReader.Code code, String packageName, String packageVersion) {}

  private Origin parse(Path source, Consumer<LegiArticle> sink) {
    Path file = source;
    if (Files.isDirectory(source)) {
      file = Files.isRegularFile(source.resolve(CODE_ENTRY)) ? source.resolve(CODE_ENTRY)
          : source.resolve("package").resolve(CODE_ENTRY);
    }
    long size = -1;
    boolean gzip = false;
    try {
      size = Files.size(file);
      if (size == 0) {
        throw new UnreadableDocumentException(file, "fichier vide ; " + HOW_TO_GET);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] magic = in.readNBytes(2);
        gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
      }
      return gzip ? parseArchive(file, sink) : parseJson(file, sink);
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(file, "fichier introuvable ; " + HOW_TO_GET);
    } catch (LegiCodeReader.NotACodeException e) {
      throw new UnreadableDocumentException(file,
          "ce n'est pas un texte du paquet " + PACKAGE_NAME + " (" + e.getMessage() + ") ; " + HOW_TO_GET);
    } catch (JsonParseException e) {
      // Jackson says "end-of-input" in several ways; an error at the last byte of a plain file is one.
      if (e instanceof JsonEOFException || !gzip && e.getLocation().getByteOffset() >= size) {
        throw new UnreadableDocumentException(file, "JSON tronqué (fin inattendue ligne "
            + e.getLocation().getLineNr() + ") ; le téléchargement ou la copie s'est interrompu, " + HOW_TO_GET);
      }
      throw new UnreadableDocumentException(file, "ce n'est pas du JSON valide (ligne " + e.getLocation().getLineNr()
          + ", colonne " + e.getLocation().getColumnNr() + " : " + e.getOriginalMessage() + ") ; attendu le paquet "
          + PACKAGE_NAME + " (.tgz) ou son fichier " + CODE_ENTRY);
    } catch (JsonProcessingException e) {
      throw new UnreadableDocumentException(file, "JSON inattendu : " + e.getOriginalMessage() + " ; " + HOW_TO_GET);
    } catch (IOException e) {
      throw new UnreadableDocumentException(file,
          "archive illisible, tronquée ou corrompue (" + e.getMessage() + ") ; " + HOW_TO_GET);
    }
  }

  private Origin parseArchive(Path file, Consumer<LegiArticle> sink) throws IOException {
    LegiCodeReader.Code code = null;
    String name = "";
    String version = "";
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER), BUFFER))) {
      // The package's package.json comes after its data in npm's tarball: read to the end.
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String entryName = entry.getName();
        if (entryName.equals(CODE_ENTRY) || entryName.endsWith("/" + CODE_ENTRY)) {
          code = checked(new LegiCodeReader(mapper, LegiCodeReader.CODE).read(tar, sink));
        } else if (entryName.matches("[^/]+/package\\.json")) {
          JsonNode manifest = mapper.readTree(tar);
          name = manifest.path("name").asText("");
          version = manifest.path("version").asText("");
        }
      }
    }
    if (code == null) {
      throw new LegiCodeReader.NotACodeException("l'archive ne contient pas " + CODE_ENTRY);
    }
    return new Origin(code, name, version);
  }

  private Origin parseJson(Path file, Consumer<LegiArticle> sink) throws IOException {
    LegiCodeReader.Code code;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      code = checked(new LegiCodeReader(mapper, LegiCodeReader.CODE).read(in, sink));
    }
    // data/LEGITEXT….json of an extracted package: its package.json is one folder up.
    Path dataDir = file.toAbsolutePath().getParent();
    Path manifest = dataDir == null || dataDir.getParent() == null ? null : dataDir.getParent().resolve("package.json");
    if (manifest != null && Files.isRegularFile(manifest)) {
      JsonNode json = mapper.readTree(manifest.toFile());
      if (PACKAGE_NAME.equals(json.path("name").asText())) {
        return new Origin(code, PACKAGE_NAME, json.path("version").asText(""));
      }
    }
    return new Origin(code, "", "");
  }

  private static LegiCodeReader.Code checked(LegiCodeReader.Code code) throws LegiCodeReader.NotACodeException {
    if (!CODE_ID.equals(code.id())) {
      throw new LegiCodeReader.NotACodeException("il contient « " + code.title() + " » (" + code.id()
          + ") et non le Code du travail (" + CODE_ID + ")");
    }
    return code;
  }

  /** Turns the articles streamed by the reader into passages, counting what it drops. */
  private static final class Converter implements Consumer<LegiArticle> {
    private final ArticlePrefixes rules;
    private final LocalDate today;
    private final List<Passage> passages = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> matchedRules = new LinkedHashSet<>();
    private int articles;
    private int notInForce;
    private int outsidePrefixes;

    Converter(ArticlePrefixes rules, LocalDate today) {
      this.rules = rules;
      this.today = today;
    }

    @Override
    public void accept(LegiArticle raw) {
      if (!raw.inForceOn(today)) {
        notInForce++;
        return;
      }
      String number = ArticleNumber.normalize(raw.number());
      Optional<String> rule = rules.match(number);
      if (rule.isEmpty()) {
        outsidePrefixes++;
        return;
      }
      matchedRules.add(rule.get());
      articles++;
      String base = "cdt#" + number.replace(' ', '_');
      if (!ids.add(base)) {
        base = base + "@" + raw.legiId(); // annexes share numbers such as "Annexe I"
        ids.add(base);
      }
      String path = String.join(" > ", raw.path());
      String section = raw.path().isEmpty() ? "" : raw.path().get(raw.path().size() - 1);
      String versionDate = raw.start().equals(LocalDate.MIN) ? "" : raw.start().toString();
      Article article = new Article(number, raw.legiId(), path, versionDate,
          URL_PREFIX + raw.legiId());
      String text = LegiHtml.toText(raw.html());
      List<ArticleSplitter.Span> parts = ArticleSplitter.split(text);
      for (int i = 0; i < parts.size(); i++) {
        ArticleSplitter.Span part = parts.get(i);
        String id = i == 0 ? base : base + "/" + (i + 1);
        passages.add(new Passage(id, DOC, TITLE, 0, section,
            text.substring(part.start(), part.end()), part.start(), part.end(), article));
      }
    }
  }
}
