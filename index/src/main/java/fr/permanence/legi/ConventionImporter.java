package fr.permanence.legi;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceFile;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.UnreadableDocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Imports one collective agreement, by its IDCC, from the {@code @socialgouv/kali-data} npm
 * package (the .tgz of {@code npm pack @socialgouv/kali-data}, or the extracted folder). The
 * package's {@code data/index.json} maps IDCC numbers to agreement files; that file is streamed
 * and each article in force becomes a passage (several for a long one, cut along its own
 * structure), cited with the agreement's name, its article number and its Légifrance address.
 *
 * <p>Thread-safety: an instance holds no mutable state.
 */
public final class ConventionImporter {
  /** The npm package holding the agreements. */
  public static final String PACKAGE_NAME = "@socialgouv/kali-data";
  /** An agreement article's Légifrance address is this followed by its KALIARTI id. */
  public static final String URL_PREFIX = "https://www.legifrance.gouv.fr/conv_coll/id/";
  private static final String INDEX = "data/index.json";
  private static final String HOW_TO_GET = "téléchargez le paquet avec « npm pack " + PACKAGE_NAME + " »";
  /** Top-level part of an agreement holding the agreement itself; the others are attached texts. */
  private static final String BASE_TEXT = "Texte de base";

  /**
   * What an import did.
   *
   * @param idcc the agreement's IDCC
   * @param title its title in citations
   * @param articles articles kept
   * @param passages passages made from them
   * @param notInForce articles left out because not in force
   */
  public record Report(String idcc, String title, String packageName, String packageVersion, int articles,
      int passages, int notInForce, Path output) {
    /** A French summary for the console. */
    public String summary() {
      return articles + " articles en vigueur de la « " + title + " » importés (" + passages + " passages) depuis "
          + packageName + " " + packageVersion + " ; " + notInForce + " articles qui ne sont pas en vigueur écartés"
          + (output == null ? "." : ", dans " + output + ".");
    }
  }

  /** Passages in memory, and what the import did. */
  public record Result(List<Passage> passages, Report report) {
    public Result {
      passages = List.copyOf(passages);
    }
  }

  private final Clock clock;

  /** @param clock gives the day articles must be in force on, and the import date */
  public ConventionImporter(Clock clock) {
    this.clock = clock;
  }

  public ConventionImporter() {
    this(Clock.systemDefaultZone());
  }

  /**
   * Imports agreement {@code idcc} of {@code source} into {@code output}; on any error
   * {@code output} is left as it was.
   *
   * @param name how members call the agreement ("Syntec"); empty for the package's short title
   * @throws UnreadableDocumentException when the package is missing, broken, or has no such IDCC
   */
  public Report importTo(Path source, String idcc, String name, Path output) {
    Result result = read(source, idcc, name);
    Report r = result.report();
    SourceFile.write(output, SourceFile.Header.of(SourceKind.CONVENTION, slug(idcc), r.title(), URL_PREFIX,
        r.packageName(), r.packageVersion(), "", LocalDate.now(clock).toString(), LocalDate.now(clock).toString(),
        List.of("IDCC " + idcc), r.articles(), r.passages()), result.passages());
    return new Report(r.idcc(), r.title(), r.packageName(), r.packageVersion(), r.articles(), r.passages(),
        r.notInForce(), output);
  }

  /** The slug of agreement {@code idcc} among the corpus sources. */
  public static String slug(String idcc) {
    return "convention-" + idcc;
  }

  /** Imports into memory; same rules and errors as {@link #importTo}. */
  public Result read(Path source, String idcc, String name) {
    String wantedIdcc = idcc.strip().replaceFirst("^0+", "");
    if (!wantedIdcc.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("IDCC invalide : « " + idcc + " » (attendu un numéro, par exemple 1486).");
    }
    JsonNode[] agreement = new JsonNode[1];
    scan(source, INDEX::equals, (entry, in) -> {
      for (JsonNode a : NpmPackage.JSON.readTree(in)) {
        if (wantedIdcc.equals(a.path("num").asText().replaceFirst("^0+", ""))) {
          agreement[0] = a;
        }
      }
    });
    if (agreement[0] == null) {
      throw new UnreadableDocumentException(source, "aucune convention d'IDCC " + wantedIdcc + " dans ce paquet "
          + "(voir son fichier " + INDEX + ")");
    }
    String id = agreement[0].path("id").asText();
    String shortTitle = agreement[0].path("shortTitle").asText(agreement[0].path("title").asText());
    String title = "Convention collective " + (name == null || name.isBlank() ? shortTitle : name.strip())
        + " (IDCC " + wantedIdcc + ")";
    Converter converter = new Converter(slug(wantedIdcc), title, LocalDate.now(clock));
    boolean[] found = new boolean[1];
    NpmPackage.Manifest manifest = scan(source, ("data/" + id + ".json")::equals, (entry, in) -> {
      new LegiCodeReader(NpmPackage.JSON, LegiCodeReader.AGREEMENT).read(in, converter);
      found[0] = true;
    });
    if (!found[0]) {
      throw new UnreadableDocumentException(source, "le paquet ne contient pas data/" + id + ".json (IDCC "
          + wantedIdcc + ") ; " + HOW_TO_GET);
    }
    return new Result(converter.passages, new Report(wantedIdcc, title, manifest.name(), manifest.version(),
        converter.articles, converter.passages.size(), converter.notInForce, null));
  }

  private static NpmPackage.Manifest scan(Path source, Predicate<String> wanted,
      NpmPackage.EntryReader reader) {
    try {
      return NpmPackage.scan(source, wanted, reader, HOW_TO_GET);
    } catch (UncheckedIOException e) {
      throw new UnreadableDocumentException(source, "JSON inattendu : " + e.getMessage() + " ; " + HOW_TO_GET);
    } catch (UnreadableDocumentException e) {
      if (e.getCause() instanceof JsonParseException p) {
        throw new UnreadableDocumentException(source, "JSON invalide (" + p.getOriginalMessage() + ") ; " + HOW_TO_GET);
      }
      throw e;
    }
  }

  /** Turns the articles streamed by the reader into passages. */
  private static final class Converter implements Consumer<LegiArticle> {
    private final String doc;
    private final String title;
    private final LocalDate today;
    private final List<Passage> passages = new ArrayList<>();
    private int articles;
    private int notInForce;

    Converter(String doc, String title, LocalDate today) {
      this.doc = doc;
      this.title = title;
      this.today = today;
    }

    @Override
    public void accept(LegiArticle raw) {
      if (!raw.inForceOn(today)) {
        notInForce++;
        return;
      }
      String text = LegiHtml.toText(raw.html());
      if (text.isBlank()) {
        return; // a heading-only article: nothing to quote
      }
      articles++;
      List<String> path = raw.path();
      String section = !raw.heading().isEmpty() ? raw.heading() : path.isEmpty() ? "" : path.get(path.size() - 1);
      String url = URL_PREFIX + raw.legiId();
      String base = "ccn" + doc.substring(doc.indexOf('-') + 1) + "#" + raw.legiId();
      List<ArticleSplitter.Span> parts = ArticleSplitter.split(text);
      for (int i = 0; i < parts.size(); i++) {
        ArticleSplitter.Span part = parts.get(i);
        passages.add(new Passage(i == 0 ? base : base + "/" + (i + 1), doc, title, 0, section,
            text.substring(part.start(), part.end()), part.start(), part.end(), null, SourceKind.CONVENTION, url,
            reference(raw), List.of()));
      }
    }

    /**
     * "art. 3.4" for the agreement itself; for an attached text, its title first ("Accord du 13
     * décembre 2022 relatif à l'organisation hybride du travail en entreprise, art. 6"): article
     * numbers start again in each text.
     */
    private static String reference(LegiArticle raw) {
      String number = ArticleNumber.collapse(raw.number());
      String art = number.isEmpty() ? "" : "art. " + number;
      List<String> path = raw.path();
      if (path.size() < 2 || path.get(0).startsWith(BASE_TEXT)) {
        return art;
      }
      String text = ArticleNumber.collapse(path.get(1));
      return art.isEmpty() ? text : text + ", " + art;
    }
  }
}
