package fr.permanence.search;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.Terms;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The words by which a member names a source: "le code du travail", "la convention Syntec",
 * "l'IDCC 1486", "le rapport du CNR", "le livret", "la CGT". Two vocabularies: general French
 * words for a kind of text ({@link #GENERAL}: rapport, guide, livret, document, loi, convention
 * collective, fiche pratique…), and the names in the sources' own titles (acronyms, proper names,
 * a title's label in brackets: "CGT", "CNR", "Numeum", "Syntec", "IDCC", "1486", "tract"), and
 * the names of who wrote or published it, from its metadata ({@link #authorNames}: "l'UGICT",
 * "Camille Vernet"), which name that very source. A title word common in the texts ("numérique", "travail") is a topic,
 * not a name, and stays a content word. A general word for a kind of text names the union's
 * documents that are that kind of text, by their metadata or their title ("le rapport" the
 * report, "l'article" the article, "la conf" the talk whose title says "(conférence)").
 *
 * <p>Two names of a question may disagree ({@link #find}): "d'après la conf, la CGT s'y est
 * opposée" names the talk by what it is and the CGT, author of other documents, as its topic.
 * The sources named are those every naming phrase agrees on; when they agree on none, the
 * phrase saying what text is read ("la conf", "le rapport") names it, and a name apart from it
 * is the question's topic and stays a content word; a name attached to it ("le rapport de la
 * CGT", "le livret CGT") says whose text is meant, and names it instead.
 *
 * <p>Matched on the question folded to lower case without accents, which keeps every character's
 * offset, so that the naming words can be cut from the question ({@link Naming#content()}).
 *
 * <p>Immutable and thread-safe; built once per index version (titles change with the corpus).
 */
final class SourceNames {
  /**
   * General French words naming a kind of text, folded (lower case, no accents). Each pattern
   * stops where the word would be part of something else: "par rapport à" compares, "le document
   * unique" is the risk assessment, "la convention de forfait" or "de stage" is a contract, "code
   * source" is software, "fiche de paie" is a payslip.
   */
  private static final Map<SourceKind, List<String>> GENERAL = Map.of(
      SourceKind.DOCUMENT, List.of(
          "(?<!par )rapports?(?! (?:de force|hierarchique))", "guides?", "livrets?", "brochures?", "tracts?",
          "documents?(?! unique)", "feuilles? de route", "conf(?:erences?)?", "ce texte",
          // An article that is no article of law (numbered, of the code or of an agreement) is a text.
          "l'article(?! *(?:[lrd]\\.? ?\\d|\\d|du code|de la convention|de loi))"),
      SourceKind.CODE, List.of("code du travail", "code de travail", "articles? du code", "lois?", "legislations?"),
      // One agreement, the member's: "les conventions collectives" in general are a topic, and an
      // "accord de branche" is another text than the agreement.
      SourceKind.CONVENTION, List.of("convention collective", "convention(?! (?:de|d'|du|des|collectives)\\b)",
          "ccn", "idcc"),
      SourceKind.FICHE, List.of("fiches? pratiques?", "fiches? du ministere", "ministere du travail"));

  /** A word of a title: letters and digits. */
  private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\d]+");
  /**
   * A person's name, in an author line or a question: two or more capitalised words in a row,
   * joined by a space or a hyphen ("Noël Lechat", "Jean-Noël Barrot"). A first name alone ("Noël")
   * is a common word.
   */
  static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+)+");
  /** An acronym in an author line: an organisation ("CGT", "UGICT", "DGE"). */
  private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{2,}(?![\\p{L}\\d])");
  /** A year in a title is a date, not a name. */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  /**
   * A title word found in more than this share of all passages is a topic ("numérique" is in
   * 2.3 % of them, "transitions" 1.1 %), not a name: names of organisations and agreements
   * ("CGT" 0.15 %, "Syntec" 0.1 %, "IDCC" 0.3 %) are rarer.
   */
  private static final double NAME_MAX_SHARE = 0.005;
  /** Names shorter than this ("IA", "RH") are the field's common acronyms, not a source's name. */
  private static final int NAME_MIN_LENGTH = 3;

  /**
   * One naming word or phrase: the kind it names, the source it names when from a title, an
   * author or what the source is (else ""), and whether it is a general word for a kind of text
   * ({@code kindWord}: "le rapport", "la conf") rather than a name ("CGT", "Numeum").
   */
  private record Entry(Pattern pattern, SourceKind kind, String source, boolean kindWord) {}

  /**
   * Words that attach a name to the kind of text before it: "le rapport de la CGT", "le livret
   * de Numeum", "le livret CGT".
   */
  private static final Pattern ATTACHED = Pattern.compile("[\\s\\-]*(?:(?:de la|de l'|du|des|de|d')[\\s]*)?");

  private final List<Entry> entries;

  private SourceNames(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** What a question names, and the question without its naming words. */
  record Naming(Set<SourceKind> kinds, Set<String> sources, String content) {
    static Naming none(String question) {
      return new Naming(Set.of(), Set.of(), question);
    }

    boolean namesAny() {
      return !kinds.isEmpty();
    }
  }

  /** The general vocabulary alone: for an index whose titles are unknown. */
  static SourceNames general() {
    return new SourceNames(generalEntries());
  }

  /**
   * The vocabulary of the index read by {@code searcher}: the general words, and the names in
   * the titles and authors of the union's documents and of the agreements (a fact sheet's title
   * is its topic, the code's its kind).
   */
  static SourceNames of(IndexSearcher searcher) throws IOException {
    List<Entry> entries = generalEntries();
    IndexReader reader = searcher.getIndexReader();
    Analyzer analyzer = new FrenchLegalAnalyzer();
    int docs = Math.max(1, reader.numDocs());
    for (SourceKind kind : List.of(SourceKind.DOCUMENT, SourceKind.CONVENTION)) {
      Map<String, List<String>> namesBySource = new LinkedHashMap<>();
      TermQuery ofKind = new TermQuery(new Term(PassageFields.KIND, kind.label()));
      var leaves = reader.leaves();
      var stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(ofKind, Math.max(1, reader.maxDoc())).scoreDocs) {
        // A source's passages share its title and author: only the first passage of each is read.
        String doc = SourceBalance.value(leaves, sd.doc, PassageFields.DOC);
        if (!namesBySource.containsKey(doc)) {
          var fields = stored.document(sd.doc, Set.of(PassageFields.TITLE, PassageFields.AUTHOR, PassageFields.GENRE));
          String title = fields.get(PassageFields.TITLE);
          List<String> all = new ArrayList<>(names(title));
          String author = fields.get(PassageFields.AUTHOR);
          all.addAll(author == null ? List.of() : authorNames(author));
          namesBySource.put(doc, all);
          entries.addAll(kindWords(kind, doc, title, fields.get(PassageFields.GENRE)));
        }
      }
      for (Map.Entry<String, List<String>> source : namesBySource.entrySet()) {
        for (String name : source.getValue()) {
          List<String> terms = Terms.of(analyzer, name);
          // A stop word ("Les" after a dash) is no name; a word common in the texts is a topic.
          if (!terms.isEmpty() && share(reader, terms, docs) <= NAME_MAX_SHARE) {
            entries.add(new Entry(word(phrase(fold(name))), kind, source.getKey(), false));
          }
        }
      }
    }
    return new SourceNames(entries);
  }

  /**
   * The general words for a kind of text ({@link #GENERAL}) that name the source {@code doc}: those
   * its title or its kind of text ({@code genre}, null when unknown) would be called by, as "le
   * rapport" names a source whose metadata says "rapport", "le livret" one whose title says
   * "Livret", "la conf" one whose title says "(conférence)".
   */
  private static List<Entry> kindWords(SourceKind kind, String doc, String title, String genre) {
    List<String> descriptions = new ArrayList<>();
    descriptions.add(fold(title == null ? "" : title));
    if (genre != null && !genre.isBlank()) {
      String g = fold(genre.strip());
      // As a member writes it: with its article, "le rapport", "l'article".
      descriptions.add("le " + g);
      descriptions.add("l'" + g);
    }
    List<Entry> named = new ArrayList<>();
    for (String regex : GENERAL.getOrDefault(kind, List.of())) {
      Pattern pattern = word(regex);
      if (descriptions.stream().anyMatch(d -> pattern.matcher(d).find())) {
        named.add(new Entry(pattern, kind, doc, true));
      }
    }
    return named;
  }

  /**
   * The candidate names of a title: its acronyms and capitalised words after the first (a
   * title's first word is capitalised anyway), and the words of its label in brackets; no year.
   */
  static List<String> names(String title) {
    Set<String> names = new LinkedHashSet<>();
    int depth = 0;
    int from = 0;
    boolean first = true;
    Matcher m = TITLE_WORD.matcher(title);
    while (m.find()) {
      for (int i = from; i < m.start(); i++) {
        char c = title.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      from = m.start();
      String w = m.group();
      boolean acronym = w.length() >= 2 && w.chars().filter(Character::isUpperCase).count() >= 2;
      boolean capitalised = Character.isUpperCase(w.charAt(0)) && !first;
      first = false;
      if (w.length() >= NAME_MIN_LENGTH && !YEAR.matcher(w).matches() && (acronym || capitalised || depth > 0)) {
        names.add(w);
      }
    }
    return List.copyOf(names);
  }

  /**
   * The names in an author line: its acronyms (organisations) and the full names of its people,
   * a name once. Lower-case words ("fédération", "pour") and a lone capitalised word (a first
   * name, the sentence's first word) are not names.
   */
  static List<String> authorNames(String author) {
    Set<String> names = new LinkedHashSet<>();
    for (Pattern p : List.of(ACRONYM, FULL_NAME)) {
      Matcher m = p.matcher(author);
      while (m.find()) {
        if (m.group().length() >= NAME_MIN_LENGTH) {
          names.add(m.group());
        }
      }
    }
    return List.copyOf(names);
  }

  /** A folded name as a pattern whose words may be joined by spaces or hyphens ("jean-noel barrot", "jean noel barrot"). */
  private static String phrase(String folded) {
    List<String> words = new ArrayList<>();
    for (String w : folded.split("[ \\-]+")) {
      if (!w.isEmpty()) {
        words.add(Pattern.quote(w));
      }
    }
    return String.join("[ \\-]+", words);
  }

  /** The share of all passages containing the analysed name's {@code terms}, in any kind's text. */
  private static double share(IndexReader reader, List<String> terms, int docs) throws IOException {
    long df = 0;
    for (String term : terms) {
      for (String field : PassageFields.TEXTS) {
        df += reader.docFreq(new Term(field, term));
      }
    }
    return (double) df / docs;
  }

  /** One phrase of a question naming sources: where it is, and the sources its entries name. */
  private record Span(int start, int end, Set<String> sources, boolean kindWord) {}

  /**
   * What {@code question} names; its content is the question without the naming words, unless
   * nothing would be left. When its naming phrases name sources none of them share, see the
   * class comment: a name is kept as content when a kind word apart from it names other sources.
   */
  Naming find(String question, Analyzer analyzer) {
    String folded = fold(question);
    Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
    Map<List<Integer>, Span> byPlace = new LinkedHashMap<>();
    for (Entry e : entries) {
      Matcher m = e.pattern().matcher(folded);
      while (m.find()) {
        kinds.add(e.kind());
        Span span = byPlace.computeIfAbsent(List.of(m.start(), m.end()),
            k -> new Span(k.get(0), k.get(1), new LinkedHashSet<>(), false));
        if (!e.source().isEmpty()) {
          span.sources().add(e.source());
          if (e.kindWord() && !span.kindWord()) {
            byPlace.put(List.of(m.start(), m.end()), new Span(m.start(), m.end(), span.sources(), true));
          }
        }
      }
    }
    if (kinds.isEmpty()) {
      return Naming.none(question);
    }
    List<Span> naming = new ArrayList<>(byPlace.values());
    Set<String> sources = agreed(naming, folded);
    List<int[]> spans = new ArrayList<>();
    for (Span s : naming) {
      // A name of other sources than those agreed on is the question's topic: it stays content.
      if (s.kindWord() || s.sources().isEmpty() || s.sources().stream().anyMatch(sources::contains)) {
        spans.add(new int[] {s.start(), s.end()});
      }
    }
    spans.sort(Comparator.comparingInt(s -> s[0]));
    StringBuilder content = new StringBuilder();
    int at = 0;
    for (int[] s : spans) {
      if (s[0] > at) {
        content.append(question, at, s[0]);
      }
      at = Math.max(at, s[1]);
    }
    content.append(question.substring(Math.min(at, question.length())));
    String rest = content.toString().replaceAll("\\s{2,}", " ").strip();
    boolean contentLeft = !Terms.of(analyzer, rest).isEmpty();
    return new Naming(kinds, sources, contentLeft ? rest : question);
  }

  /**
   * The sources the naming phrases {@code naming} of the question {@code folded} agree on: those
   * every phrase naming sources names. When they share none and a kind word ("le rapport") names
   * sources: those it names, or those of the name attached to it ("le rapport de la CGT"), which
   * says whose text is meant. Without such a kind word, all the sources named.
   */
  private static Set<String> agreed(List<Span> naming, String folded) {
    List<Span> named = naming.stream().filter(s -> !s.sources().isEmpty()).toList();
    Set<String> all = new LinkedHashSet<>();
    named.forEach(s -> all.addAll(s.sources()));
    Set<String> shared = new LinkedHashSet<>(all);
    named.forEach(s -> shared.retainAll(s.sources()));
    List<Span> kindWords = named.stream().filter(Span::kindWord).toList();
    if (!shared.isEmpty() || kindWords.isEmpty()) {
      return shared.isEmpty() ? all : shared;
    }
    Set<String> read = new LinkedHashSet<>();
    for (Span kind : kindWords) {
      List<Span> attachedNames = named.stream().filter(n -> !n.kindWord() && attached(kind, n, folded)).toList();
      if (attachedNames.isEmpty()) {
        read.addAll(kind.sources());
      } else {
        attachedNames.forEach(n -> read.addAll(n.sources()));
      }
    }
    return read;
  }

  /** Whether the name {@code name} follows the kind word {@code kind} as its complement: "rapport de la CGT", "livret CGT". */
  private static boolean attached(Span kind, Span name, String folded) {
    return name.start() >= kind.end() && ATTACHED.matcher(folded.substring(kind.end(), name.start())).matches();
  }

  private static List<Entry> generalEntries() {
    List<Entry> entries = new ArrayList<>();
    GENERAL.forEach((kind, patterns) -> patterns.forEach(p -> entries.add(new Entry(word(p), kind, "", true))));
    return entries;
  }

  /** {@code regex} as a whole word or phrase. */
  private static Pattern word(String regex) {
    return Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])");
  }

  /**
   * {@code text} in lower case without accents, character for character: every offset stays
   * where it was ("Ministère" → "ministere"; ligatures and other expanding characters are kept).
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
      char l = lower.length() == 1 ? lower.charAt(0) : c;
      String base = Normalizer.normalize(String.valueOf(l), Normalizer.Form.NFD);
      out.append(base.isEmpty() ? l : base.charAt(0));
    }
    return out.toString().replace('’', '\'');
  }
}
