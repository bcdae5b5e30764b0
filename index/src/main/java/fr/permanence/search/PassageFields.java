package fr.permanence.search;

import fr.permanence.analysis.LegalReferences;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** How a passage is stored in a Lucene document, and read back. */
final class PassageFields {
  /** Version of the fields below; part of the index fingerprint, bumped when they change. */
  static final String LAYOUT = "fields-21";
  static final String ID = "id";
  static final String DOC = "doc";
  static final String TITLE = "title";
  /**
   * Each kind of source is searched in text and heading fields of its own (see
   * {@link SourceKind#fieldPrefix()}): BM25 weighs a word by how rare it is in its field, and
   * "salarié" or "travail", everywhere in the code, must keep their weight among the union's
   * documents however much of the code is imported.
   */
  static final String SECTION = section(SourceKind.DOCUMENT);
  static final String TEXT = text(SourceKind.DOCUMENT);
  static final String CODE_TEXT = text(SourceKind.CODE);
  /** The searched text fields, one per kind, in {@link SourceKind} order. */
  static final String[] TEXTS = Arrays.stream(SourceKind.values()).map(PassageFields::text).toArray(String[]::new);
  /** The searched heading fields, one per kind, in {@link SourceKind} order. */
  static final String[] SECTIONS = Arrays.stream(SourceKind.values()).map(PassageFields::section).toArray(String[]::new);
  /** The kind of source, stored and column-stored (ranking reads it for fifty candidates). */
  static final String KIND = "kind";
  /** An agreement's own article number, shown in citations. */
  static final String REFERENCE = "reference";
  /**
   * Code du travail articles a passage cites (a fact sheet's references): exact keys, stored, and
   * column-stored (ranking reads those of fifty candidates without loading them).
   */
  static final String CITES = "cites";
  /**
   * Code du travail articles a fact sheet's passage names in its own words ("Au terme de
   * l'article L. 1221-19…") or quotes word for word ({@link QuotedArticles}), column-stored: among
   * the articles its section cites, those it states (see {@link CitedArticles}). Only fact sheets:
   * the articles a union document or the agreement names lent nothing measurable (README,
   * "Finding the article").
   */
  static final String NAMES = "names";
  /**
   * An article's prior facts (see {@link ArticlePrior}), column-stored: how many fact-sheet
   * sections cite it, and where it sits in the code's plan.
   */
  static final String CITING_SECTIONS = "citing_sections";
  static final String CODE_PLAN = "code_plan";
  /** The kinds of quantity a passage states (see {@link Quantities}), column-stored. */
  static final String QUANTITIES = "quantities";
  static final String PAGE = "page";
  static final String START = "start";
  static final String END = "end";
  static final String ARTICLE = "article";
  static final String LEGI_ID = "legi_id";
  static final String PATH = "path";
  static final String VERSION_DATE = "version_date";
  static final String URL = "url";
  /**
   * The words of a passage's text and heading as written, of every kind of source, analysed by
   * {@link fr.permanence.analysis.SpellingAnalyzer} (lowercase, accents folded, not stemmed): the
   * vocabulary a misspelt question word is corrected against ({@link Typos}), with each word's
   * passage count to prefer the common one. Indexed only, documents without frequencies, positions
   * or norms: spelling suggestions read the terms and their document frequencies, nothing else.
   */
  static final String SPELLING = "spelling";
  /**
   * Who wrote or published the passage's source, from its metadata: only stored, read once per
   * index version for the names members call sources by ({@link SourceNames}), never searched in
   * the text (an author's name is no evidence of what a passage says).
   */
  static final String AUTHOR = "author";
  /**
   * What kind of text the passage's source is, in its metadata's words ("rapport", "livret",
   * "article"): only stored, read as {@link #AUTHOR} is, for the general words that name one
   * source ("le rapport", "l'article", see {@link SourceNames}).
   */
  static final String GENRE = "genre";

  /**
   * Analysed and stored, with offsets in the postings: the highlighter finds the question's
   * words there instead of analysing passages again.
   */
  private static final FieldType TEXT_TYPE = withOffsets();
  /** A heading's numbering label in the code's plan: "Livre Ier : ", "Sous-section 2 : ", "Chapitre préliminaire : ". */
  private static final Pattern PLAN_LABEL = Pattern.compile(
      "^(Livre|Titre|Chapitre|Section|Sous-section|Paragraphe|Sous-paragraphe)\\s+[^:]{1,20}:\\s*");
  /** Analysed and stored: searched with a boost, shown in citations. */
  private static final FieldType LABEL_TYPE = TextField.TYPE_STORED;
  /** See {@link #SPELLING}: a vocabulary with document counts, never scored. */
  private static final FieldType SPELLING_TYPE = vocabulary();
  /**
   * The searched fields a passage has no text for (see {@link #emptySearchedFields}): indexed as
   * its own field would be, never stored. One type for every such field: the text fields' offsets
   * and the other fields' lack of them must not clash, so a text field keeps {@link #TEXT_TYPE}'s
   * index options ({@link #EMPTY_TEXT_TYPE}) and the others {@link TextField}'s.
   */
  private static final FieldType EMPTY_TEXT_TYPE = notStored(TEXT_TYPE);
  private static final FieldType EMPTY_LABEL_TYPE = notStored(LABEL_TYPE);

  private static FieldType notStored(FieldType stored) {
    FieldType type = new FieldType(stored);
    type.setStored(false);
    type.freeze();
    return type;
  }

  private static FieldType vocabulary() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType withOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private PassageFields() {}

  /** The text field of {@code kind}'s passages. */
  static String text(SourceKind kind) {
    return kind.fieldPrefix() + "text";
  }

  /**
   * The field naming what the larger text a passage belongs to is about: for an article of the
   * code, the headings of its place in the code's plan ("Congés payés et autres congés > Congés
   * payés > Durée du congé"); for a fact sheet's section, the sheet's title ("La rupture
   * conventionnelle"). A member names the topic ("rupture conv", "congés") more often than the
   * words of the one sentence that answers: the topic finds the right sheet or chapter, the text
   * the right passage in it. Indexed only.
   */
  static String topic(SourceKind kind) {
    return kind.fieldPrefix() + "topic";
  }

  /**
   * The topic of a passage (see {@link #topic}): its article's plan without the numbering labels
   * ("Titre IV :") and the part ("Partie législative"), or a fact sheet's title; "" otherwise.
   */
  static String topicOf(Passage p) {
    if (p.kind() == SourceKind.FICHE) {
      return p.title();
    }
    Article a = p.article();
    if (p.kind() == SourceKind.CODE && a != null && a.path() != null) {
      StringBuilder topic = new StringBuilder();
      for (String heading : a.path().split(" > ")) {
        if (heading.startsWith("Partie ")) {
          continue;
        }
        String words = PLAN_LABEL.matcher(heading).replaceFirst("");
        topic.append(topic.isEmpty() ? "" : "\n").append(words);
      }
      return topic.toString();
    }
    return "";
  }

  /**
   * The field holding, for a union document's passage, the text of the passages around it in its
   * document (the one before and the one after): a document's argument runs over several
   * paragraphs, and a question's words spread over adjacent sentences still find the passage
   * holding the answer, searched with a lower weight ({@link RankingParameters#neighbourBoost()}).
   * Indexed only: the neighbours are passages of their own, stored there. Articles, fact-sheet
   * sections and agreement articles stand alone and have no such field.
   */
  static final String NEIGHBOURS = SourceKind.DOCUMENT.fieldPrefix() + "neighbours";

  /**
   * The text around each union document's passage (see {@link #NEIGHBOURS}), by passage id: the
   * previous and the next passage of the same document, in the order {@code passages} lists them
   * (a document's passages are listed in reading order).
   */
  static Map<String, String> neighbours(List<Passage> passages) {
    Map<String, String> around = new HashMap<>();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      if (p.kind() != SourceKind.DOCUMENT) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < passages.size() && passages.get(j).doc().equals(p.doc())) {
          text.append(text.isEmpty() ? "" : "\n").append(passages.get(j).text());
        }
      }
      around.put(p.id(), text.toString());
    }
    return around;
  }

  /** The heading field of {@code kind}'s passages. */
  static String section(SourceKind kind) {
    return kind.fieldPrefix() + "section";
  }

  /**
   * The document of {@code p}; {@code citingSections} gives, by article number, how many fact
   * sheet sections of the corpus cite it ({@link ArticlePrior#citingSections}); {@code quoted} the
   * articles a fact sheet's passage quotes word for word ({@link QuotedArticles}), which it names
   * as it names those it writes the number of; {@code author} who wrote or published its source,
   * or ""; {@code genre} what kind of text its source is, or "".
   */
  static Document toDocument(Passage p, Map<String, Integer> citingSections, Map<String, String> neighbours,
      List<String> quoted, String author, String genre) {
    Document d = new Document();
    // Exact-match keys, stored: looked up by id ("show passage") and by document (corpus admin).
    d.add(new StringField(ID, p.id(), Field.Store.YES));
    d.add(new StringField(DOC, p.doc(), Field.Store.YES));
    // Column-stored too: ranking reads the source of fifty candidates without loading them.
    d.add(new SortedDocValuesField(DOC, new BytesRef(p.doc())));
    // Analyzed and stored: searched with boosts, and shown in citations.
    d.add(new Field(TITLE, p.title(), LABEL_TYPE));
    d.add(new StringField(KIND, p.kind().label(), Field.Store.YES));
    d.add(new SortedDocValuesField(KIND, new BytesRef(p.kind().label())));
    d.add(new Field(section(p.kind()), p.section(), LABEL_TYPE));
    String heading = searchedHeading(p);
    if (!heading.isEmpty()) {
      // Searched, never shown: the passage keeps its own heading.
      d.add(new Field(section(p.kind()), heading, EMPTY_LABEL_TYPE));
    }
    d.add(new Field(text(p.kind()), p.text(), TEXT_TYPE));
    d.add(new Field(SPELLING, p.section() + "\n" + p.text(), SPELLING_TYPE));
    Quantities.addField(d, p.text());
    String around = neighbours.getOrDefault(p.id(), "");
    if (!around.isEmpty()) {
      // Searched, never shown: the neighbours are stored as passages of their own.
      d.add(new TextField(NEIGHBOURS, around, Field.Store.NO));
    }
    String topic = topicOf(p);
    if (!topic.isEmpty()) {
      // Searched, never shown: the title and plan are stored elsewhere already.
      d.add(new TextField(topic(p.kind()), topic, Field.Store.NO));
    }
    emptySearchedFields(d, p.kind(), !around.isEmpty(), !topic.isEmpty());
    if (!author.isEmpty()) {
      d.add(new StoredField(AUTHOR, author));
    }
    if (!genre.isEmpty()) {
      d.add(new StoredField(GENRE, genre));
    }
    // Only shown: where members read the source, and an agreement's article number.
    if (!p.url().isEmpty()) {
      d.add(new StoredField(URL, p.url()));
    }
    if (!p.reference().isEmpty()) {
      d.add(new StoredField(REFERENCE, p.reference()));
    }
    for (String cited : p.cites()) {
      // Exact keys: a fact sheet's section brings the articles it cites (PassageSearcher).
      d.add(new StringField(CITES, cited, Field.Store.YES));
      d.add(new SortedSetDocValuesField(CITES, new BytesRef(cited)));
    }
    if (p.kind() == SourceKind.FICHE) {
      Set<String> named = new LinkedHashSet<>(LegalReferences.find(p.text()));
      named.addAll(quoted);
      for (String number : named) {
        d.add(new SortedSetDocValuesField(NAMES, new BytesRef(number)));
      }
    }
    // Only shown, never searched.
    d.add(new StoredField(PAGE, p.page()));
    d.add(new StoredField(START, p.start()));
    d.add(new StoredField(END, p.end()));
    Article a = p.article();
    if (a != null) {
      // The normal article number is an exact key: a question naming it gets it first.
      d.add(new StringField(ARTICLE, a.number(), Field.Store.YES));
      // Column-stored too: the articles fact sheets cite are told apart among hundreds of parts.
      d.add(new SortedDocValuesField(ARTICLE, new BytesRef(a.number())));
      d.add(new StoredField(LEGI_ID, a.legiId()));
      d.add(new TextField(PATH, a.path(), Field.Store.YES));
      d.add(new StoredField(VERSION_DATE, a.versionDate()));
      ArticlePrior.addFields(d, a, citingSections);
    }
    return d;
  }

  /**
   * Adds an empty, unstored value of each searched field {@code d} has no text for: the other
   * kinds' text, heading and topic fields, and its own neighbours or topic when it has none. An
   * empty value adds no term, so no score, statistic or count changes (BM25 counts a field's
   * documents and length by their terms), but it gives the passage a norm of 0 in that field:
   * with a norm in every field for every passage, Lucene stores each field's norms as a plain
   * array instead of a sparse list of the passages having it, which a search walked for every
   * matching passage of every clause (a sixth of the ranking search's time, JFR, 2026-12-01).
   */
  private static void emptySearchedFields(Document d, SourceKind own, boolean hasNeighbours, boolean hasTopic) {
    for (SourceKind kind : SourceKind.values()) {
      if (kind != own) {
        d.add(new Field(text(kind), "", EMPTY_TEXT_TYPE));
        d.add(new Field(section(kind), "", EMPTY_LABEL_TYPE));
      }
      if (kind != own || !hasTopic) {
        d.add(new Field(topic(kind), "", EMPTY_LABEL_TYPE));
      }
    }
    if (!hasNeighbours) {
      d.add(new Field(NEIGHBOURS, "", EMPTY_LABEL_TYPE));
    }
  }

  /**
   * The heading searched beside a passage's own, when its own does not say what it is about: for
   * an article under a heading that only says how rules apply ("Sous-section 1 : Ordre public"),
   * the nearest heading above naming its subject ("Durée du congé", see
   * {@link Article#subjectAboveStructure()}), which is what a member asks about; for a fact
   * sheet's introduction, which has no heading of its own, the sheet's title, as its other
   * sections' headings head them ("Les congés payés" over "Chaque mois de travail effectif ouvre
   * droit à un congé de 2,5 jours ouvrables"); "" otherwise.
   */
  static String searchedHeading(Passage p) {
    Article a = p.article();
    if (p.kind() == SourceKind.CODE && a != null) {
      return a.subjectAboveStructure();
    }
    return isIntroduction(p) ? p.title() : "";
  }

  /**
   * Whether {@code p} is a fact sheet's introduction, the lines before its first section (the
   * importer names it "intro"; cut in parts when long, "intro~2"…).
   */
  static boolean isIntroduction(Passage p) {
    if (p.kind() != SourceKind.FICHE) {
      return false;
    }
    int slash = p.id().lastIndexOf('/');
    String key = p.id().substring(slash + 1);
    return key.equals(INTRODUCTION) || key.startsWith(INTRODUCTION + "~");
  }

  /** The key of a fact sheet's introduction in its passages' ids (see {@code FicheImporter}). */
  private static final String INTRODUCTION = "intro";

  static Passage fromDocument(Document d) {
    String number = d.get(ARTICLE);
    Article article = number == null ? null
        : new Article(number, d.get(LEGI_ID), d.get(PATH), d.get(VERSION_DATE), d.get(URL));
    SourceKind kind = SourceKind.of(d.get(KIND));
    return new Passage(d.get(ID), d.get(DOC), d.get(TITLE), d.getField(PAGE).numericValue().intValue(),
        d.get(section(kind)), d.get(text(kind)), d.getField(START).numericValue().intValue(),
        d.getField(END).numericValue().intValue(), article, kind, d.get(URL), d.get(REFERENCE),
        List.of(d.getValues(CITES)));
  }
}
