package fr.permanence.fiches;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceFile;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.UnreadableDocumentException;
import fr.permanence.legi.ArticleNumber;
import fr.permanence.legi.ArticleSplitter;
import fr.permanence.legi.LegiHtml;
import fr.permanence.legi.NpmPackage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Imports the Ministry of Labour's fact sheets from the {@code @socialgouv/fiches-travail-data}
 * npm package (its .tgz or the extracted folder). The sheets' file is streamed one sheet at a
 * time; each sheet gives a passage for its introduction and one per section (several for a long
 * one, cut between paragraphs), cited with the sheet's title, the section's title and its address
 * on code.travail.gouv.fr, and carrying the Code du travail articles the section cites.
 *
 * <p>Thread-safety: an instance holds no mutable state.
 */
public final class FicheImporter {
  /** The npm package holding the sheets. */
  public static final String PACKAGE_NAME = "@socialgouv/fiches-travail-data";
  /** Slug of the sheets among the corpus sources. */
  public static final String DOC = "fiches-travail";
  /** Title of the source when a passage has none of its own (never: each sheet has its title). */
  public static final String TITLE = "Fiches pratiques du ministère du Travail";
  /** A sheet's address on code.travail.gouv.fr is this, its slug, then "#" and the section's anchor. */
  public static final String URL_PREFIX = "https://code.travail.gouv.fr/fiche-ministere-travail/";
  private static final String ENTRY = "data/fiches-travail.json";
  private static final String CODE_ID = "LEGITEXT000006072050";
  /** Above this share of link text, a section is navigation (see {@link #isNavigation}). */
  private static final double NAVIGATION_SHARE = 0.6;
  private static final String HOW_TO_GET = "téléchargez le paquet avec « npm pack " + PACKAGE_NAME + " »";

  /** What an import did. */
  public record Report(String packageName, String packageVersion, int fiches, int sections, int passages,
      Path output) {
    /** A French summary for the console. */
    public String summary() {
      return fiches + " fiches du ministère du Travail importées (" + sections + " sections, " + passages
          + " passages) depuis " + packageName + " " + packageVersion + (output == null ? "." : ", dans " + output + ".");
    }
  }

  /** Passages in memory, and what the import did. */
  public record Result(List<Passage> passages, Report report) {
    public Result {
      passages = List.copyOf(passages);
    }
  }

  private final Clock clock;

  public FicheImporter(Clock clock) {
    this.clock = clock;
  }

  public FicheImporter() {
    this(Clock.systemDefaultZone());
  }

  /** Imports {@code source} into {@code output}; on any error {@code output} is left as it was. */
  public Report importTo(Path source, Path output) {
    Result result = read(source);
    Report r = result.report();
    String today = LocalDate.now(clock).toString();
    SourceFile.write(output, SourceFile.Header.of(SourceKind.FICHE, DOC, TITLE, URL_PREFIX, r.packageName(),
        r.packageVersion(), "", today, "", List.of(), r.fiches(), r.passages()), result.passages());
    return new Report(r.packageName(), r.packageVersion(), r.fiches(), r.sections(), r.passages(), output);
  }

  /** Imports into memory. */
  public Result read(Path source) {
    List<Passage> passages = new ArrayList<>();
    int[] counts = new int[2];
    boolean[] found = new boolean[1];
    NpmPackage.Manifest manifest = NpmPackage.scan(source, ENTRY::equals, (entry, in) -> {
      found[0] = true;
      try (JsonParser json = NpmPackage.JSON.getFactory().createParser(in)) {
        if (json.nextToken() != JsonToken.START_ARRAY) {
          throw new UnreadableDocumentException(source, ENTRY + " n'est pas une liste de fiches ; " + HOW_TO_GET);
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<String> texts = new HashSet<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
          JsonNode fiche = json.readValueAsTree(); // one sheet at a time: a few dozen kilobytes
          counts[1] += fiche(fiche, passages, ids, texts);
          counts[0]++;
        }
      }
    }, HOW_TO_GET);
    if (!found[0]) {
      throw new UnreadableDocumentException(source, "le paquet ne contient pas " + ENTRY + " ; " + HOW_TO_GET);
    }
    return new Result(passages, new Report(manifest.name(), manifest.version(), counts[0], counts[1],
        passages.size(), null));
  }

  /**
   * Adds the passages of one sheet; returns its section count. A section whose text another
   * sheet already gave (the site's boilerplate, "Échanger avec le bon conseiller…", repeated in
   * 150 sheets) is left out: quoting it once is enough, and copies would crowd the results.
   */
  private static int fiche(JsonNode fiche, List<Passage> passages, Set<String> ids, Set<String> texts)
      throws IOException {
    String title = text(fiche, "title");
    if (title.isEmpty()) {
      return 0;
    }
    String slug = Slug.of(title);
    add(passages, ids, slug, "", title, "", LegiHtml.toText(text(fiche, "intro")), List.of());
    JsonNode sections = fiche.path("sections");
    int i = 0;
    for (JsonNode section : sections) {
      i++;
      String anchor = text(section, "anchor");
      String heading = text(section, "title");
      String html = text(section, "html");
      String body = LegiHtml.toText(withoutChrome(html));
      if (isNavigation(html) || !texts.add(body)) {
        continue;
      }
      add(passages, ids, slug, anchor.isEmpty() ? "s" + i : anchor, title, heading.equals(title) ? "" : heading,
          body, cites(section), anchor);
    }
    return sections.size();
  }

  private static void add(List<Passage> passages, Set<String> ids, String slug, String key, String title,
      String section, String text, List<String> cites) {
    add(passages, ids, slug, key.isEmpty() ? "intro" : key, title, section, text, cites, "");
  }

  private static void add(List<Passage> passages, Set<String> ids, String slug, String key, String title,
      String section, String text, List<String> cites, String anchor) {
    if (text.isBlank()) {
      return;
    }
    String base = "fiche#" + slug + "/" + key;
    for (int n = 2; !ids.add(base); n++) {
      base = "fiche#" + slug + "/" + key + "-" + n; // two sections with one anchor
    }
    String url = URL_PREFIX + slug + (anchor.isEmpty() ? "" : "#" + anchor);
    List<ArticleSplitter.Span> parts = ArticleSplitter.split(text);
    for (int i = 0; i < parts.size(); i++) {
      ArticleSplitter.Span part = parts.get(i);
      passages.add(new Passage(i == 0 ? base : base + "~" + (i + 1), DOC, title, 0, section,
          text.substring(part.start(), part.end()), part.start(), part.end(), null, SourceKind.FICHE, url, "", cites));
    }
  }

  /**
   * Whether a section is the site's navigation ("À lire sur ce site", "Services en ligne",
   * "Qui contacter ?"): most of its text is the text of links or cards (the site's teasers) leading
   * to other pages, which says where to read, not what the law is.
   */
  static boolean isNavigation(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    int all = body.text().length();
    body.select("a, .fr-card").remove();
    return all > 0 && all - body.text().length() > NAVIGATION_SHARE * all;
  }

  /**
   * The section's HTML without the site's chrome, an artefact of taking the text from a web page:
   * buttons (the "Lire la retranscription textuelle" label of a video's transcript, whose text
   * stays), the cards of other pages (their title, teaser, "Fiche pratique" tag and "Date de mise à
   * jour le …") and the blocks of links "À lire sur ce site", "À lire sur service-public.gouv.fr". None of it is the sheet's words on
   * the law, and its "lire" and "date" matched members' questions ("lire mes mails").
   */
  static String withoutChrome(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("button, .fr-card, section.ondine-linked-pages, section:has(> h2:matchesOwn((?iu)^\\s*à lire sur))")
        .remove();
    return body.html();
  }

  /** The Code du travail articles a section cites, normalised ("L. 2143-3" is L2143-3), in its order. */
  private static List<String> cites(JsonNode section) {
    Set<String> numbers = new LinkedHashSet<>();
    for (JsonNode a : section.path("references").path(CODE_ID).path("articles")) {
      String number = ArticleNumber.normalize(a.path("fmt").asText(a.path("text").asText()));
      if (ArticleNumber.isArticleNumber(number)) {
        numbers.add(number);
      }
    }
    return List.copyOf(numbers);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
