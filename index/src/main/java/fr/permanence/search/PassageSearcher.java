package fr.permanence.search;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.LegalReferences;
import fr.permanence.analysis.Terms;
import fr.permanence.corpus.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Searches passages for a member's question: BM25 over the text with boosts for the section
 * heading and the document title, a proximity boost for words found close together, and an
 * exact boost for named articles; then picks each hit's best sentences and decides whether the
 * result is reliable enough to answer with. Any input gives a result, never an exception.
 */
public final class PassageSearcher {
  /** Longest question searched; beyond, the words add noise and Lucene clauses, not meaning. */
  public static final int MAX_QUESTION_CHARS = 1_000;
  /** Share of the union's passages above which a name is common: 2 %, about ten passages by default. */
  private static final double COMMON_NAME_SHARE = 0.02;
  /** Candidates ranked before balancing sources: enough to fill the top with other documents. */
  private static final int CANDIDATES = 50;
  /** Hits whose best sentences are picked: an answer quotes at most three. */
  private static final int HIGHLIGHTED_HITS = 3;
  /** Sentences picked per hit: enough to answer, short enough for a chat message. */
  private static final int SENTENCES_PER_HIT = 2;

  /** Relative weights of the query parts, tuned on the development questions. */
  private static final float LITERAL_BOOST = 0.7f;
  /**
   * Weight of the Code du travail beside the union's documents: the union's explanations come
   * first for a general question, the law itself when the question names an article.
   */
  private static final float CODE_WEIGHT = 0.7f;
  private static final float SECTION_BOOST = 0.5f;
  private static final float TITLE_BOOST = 0.2f;
  private static final float PROXIMITY_BOOST = 0.6f;
  /** Words this close (positions apart) count as near each other. */
  private static final int PROXIMITY_SLOP = 3;
  private static final float REFERENCE_BOOST = 3f;
  /** A question naming an article gets that article first, whatever else matches. */
  private static final float ARTICLE_BOOST = 50f;

  private final SearcherManager searchers;
  private final Analyzer indexAnalyzer = new FrenchLegalAnalyzer();
  private final Analyzer queryAnalyzer;
  private final Answerability answerability;

  public PassageSearcher(SearcherManager searchers, SynonymMap synonyms, Answerability answerability) {
    this.searchers = searchers;
    this.queryAnalyzer = new FrenchLegalAnalyzer(synonyms);
    this.answerability = answerability;
  }

  /** Up to {@code limit} passages for {@code question}, best first. */
  public SearchResult search(String question, int limit) {
    long started = System.nanoTime();
    if (question == null) {
      return SearchResult.unsearchable("", "empty", System.nanoTime() - started);
    }
    String q = clean(question);
    if (q.isBlank()) {
      return SearchResult.unsearchable(question, "empty", System.nanoTime() - started);
    }
    List<String> references = LegalReferences.find(q);
    List<String> terms = Terms.of(indexAnalyzer, q);
    if (terms.isEmpty() && references.isEmpty()) {
      return SearchResult.unsearchable(question, "no-searchable-word", System.nanoTime() - started);
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search(searcher, question, q, terms, references, Math.max(1, limit), started);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index failed", e);
    }
  }

  private SearchResult search(IndexSearcher searcher, String question, String q, List<String> terms,
      List<String> references, int limit, long started) throws IOException {
    List<String> missingReferences = new ArrayList<>();
    List<String> foundArticles = new ArrayList<>();
    for (String ref : references) {
      boolean indexed = searcher.count(new TermQuery(new Term(PassageFields.ARTICLE, ref))) > 0;
      (indexed ? foundArticles : missingReferences).add(ref);
    }
    Query query = query(q, terms, references);
    TopDocs top = SourceBalance.rerank(searcher, searcher.search(query, Math.max(limit, CANDIDATES)), limit);
    int[] docIds = new int[top.scoreDocs.length];
    List<Hit> hits = new ArrayList<>();
    List<List<String>> best = bestSentences(searcher, highlightQuery(terms, references), top);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
      Passage passage = PassageFields.fromDocument(searcher.storedFields().document(docIds[i]));
      hits.add(new Hit(passage, top.scoreDocs[i].score, i < best.size() ? best.get(i) : List.of()));
    }
    boolean exactArticle = !foundArticles.isEmpty() && !hits.isEmpty()
        && hits.get(0).passage().article() != null
        && foundArticles.contains(hits.get(0).passage().article().number());
    Match match = match(searcher, q, terms, hits, docIds);
    boolean answerable = !hits.isEmpty()
        && answerability.answerable(match.relativeScore(), match.missingNames(), exactArticle);
    return new SearchResult(question, hits, answerable, references, missingReferences,
        hits.isEmpty() ? "no-match" : "", System.nanoTime() - started);
  }

  private Query query(String q, List<String> terms, List<String> references) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    QueryBuilder builder = new SynonymAwareQueryBuilder(queryAnalyzer);
    // The question's own words, and the same with acronyms and synonyms expanded: a passage
    // using the member's words is never outranked by one that only matches an expansion.
    // Analysed once each, then copied to every field searched (see FieldSwap).
    Query words = new QueryBuilder(indexAnalyzer).createBooleanQuery(PassageFields.TEXT, q);
    Query expanded = builder.createBooleanQuery(PassageFields.TEXT, q);
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(terms));
    for (int f = 0; f < PassageFields.TEXTS.length; f++) {
      String text = PassageFields.TEXTS[f];
      float weight = f == 0 ? 1f : CODE_WEIGHT;
      addShould(b, on(text, words), LITERAL_BOOST * weight);
      addShould(b, on(text, expanded), weight);
      // The union's headings say what a passage is about, in words an acronym may stand for; the
      // code's headings are its plan, where the question's own words suffice.
      addShould(b, on(PassageFields.SECTIONS[f], f == 0 ? expanded : words), SECTION_BOOST * weight);
      for (int i = 0; i + 1 < distinct.size(); i++) {
        addShould(b, new PhraseQuery(PROXIMITY_SLOP, text, distinct.get(i), distinct.get(i + 1)), PROXIMITY_BOOST * weight);
      }
      for (String ref : references) {
        addShould(b, new TermQuery(new Term(text, LegalReferences.token(ref))), REFERENCE_BOOST);
      }
    }
    addShould(b, on(PassageFields.TITLE, words), TITLE_BOOST);
    for (String ref : references) {
      addShould(b, new TermQuery(new Term(PassageFields.ARTICLE, ref)), ARTICLE_BOOST);
    }
    return b.build();
  }

  private static Query on(String field, Query query) {
    return query == null ? null : FieldSwap.to(field, query);
  }

  private static void addShould(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * The question's words, each on its own: what the highlighter looks for to pick sentences. Its
   * plain term clauses are cheap to match, unlike the phrases and expansions of the search query.
   */
  private static Query highlightQuery(List<String> terms, List<String> references) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Set<String> words = new LinkedHashSet<>(terms);
    references.forEach(ref -> words.add(LegalReferences.token(ref)));
    for (String text : PassageFields.TEXTS) {
      for (String word : words) {
        b.add(new TermQuery(new Term(text, word)), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }


  /** The best sentences of the first hits for the query, verbatim, in text order. */
  private List<List<String>> bestSentences(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    int count = Math.min(HIGHLIGHTED_HITS, top.scoreDocs.length);
    if (count == 0) {
      return List.of();
    }
    int[] docIds = new int[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    SentenceHighlighter highlighter = new SentenceHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withBreakIterator(fr.permanence.ingest.SentenceBreakIterator::new)
        .withFormatter(new SentencesFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1));
    Object[] found = highlighter.sentences(query, docIds);
    List<List<String>> best = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      @SuppressWarnings("unchecked")
      List<String> sentences = found != null && found[i] instanceof List<?> ? (List<String>) found[i] : List.of();
      best.add(sentences);
    }
    return best;
  }

  /** Lucene's highlighter, giving the formatter's objects (lists of sentences) rather than strings. */
  private static final class SentenceHighlighter extends UnifiedHighlighter {
    SentenceHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Object[] sentences(Query query, int[] docIds) throws IOException {
      var found = highlightFieldsAsObjects(PassageFields.TEXTS, query, docIds,
          new int[] {SENTENCES_PER_HIT, SENTENCES_PER_HIT});
      Object[] documents = found.get(PassageFields.TEXT);
      Object[] articles = found.get(PassageFields.CODE_TEXT);
      Object[] merged = new Object[docIds.length];
      for (int i = 0; i < docIds.length; i++) {
        merged[i] = documents != null && documents[i] != null ? documents[i] : articles == null ? null : articles[i];
      }
      return merged;
    }
  }

  /** Returns the chosen sentences as they are, in text order, without markup. */
  private static final class SentencesFormatter extends PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      return Arrays.stream(passages)
          .sorted(Comparator.comparingInt(org.apache.lucene.search.uhighlight.Passage::getStartOffset))
          .map(p -> content.substring(p.getStartOffset(), p.getEndOffset()).strip())
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }

  /**
   * How well the best passages match the question: the best score relative to the question's
   * weight (the sum of the idf of its words, which bounds what a passage can score per word),
   * and the named things (names, acronyms, years) that the quoted passages never mention.
   */
  record Match(double relativeScore, int missingNames) {}

  private Match match(IndexSearcher searcher, String q, List<String> terms, List<Hit> hits, int[] docIds)
      throws IOException {
    if (hits.isEmpty()) {
      return new Match(0, 0);
    }
    var reader = searcher.getIndexReader();
    int docs = Math.max(1, reader.numDocs());
    double weight = 0;
    // The question's weight is counted in the field of the best passage's source.
    String field = hits.get(0).passage().article() == null ? PassageFields.TEXT : PassageFields.CODE_TEXT;
    docs = Math.max(1, reader.getDocCount(field));
    for (String term : new LinkedHashSet<>(terms)) {
      int df = reader.docFreq(new Term(field, term));
      weight += Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }
    int[] best = {docIds[0]};
    int[] quoted = java.util.Arrays.copyOf(docIds, Math.min(HIGHLIGHTED_HITS, hits.size()));
    int missingNames = 0;
    // A name the union's documents mention often (CSE, CGT, IA) is the topic, not a detail: only
    // rarer names (Syntec, Atos, Numeum), and years, must be in what is quoted.
    int common = (int) Math.ceil(COMMON_NAME_SHARE * reader.getDocCount(PassageFields.TEXT));
    for (String name : QuestionNames.find(q)) {
      List<List<String>> forms = nameForms(name);
      if (!QuestionNames.isYear(name)
          && forms.stream().anyMatch(form -> form.stream().allMatch(t -> docFreq(reader, t) > common))) {
        continue;
      }
      boolean found = QuestionNames.isShortAcronym(name)
          // Two-letter acronyms (PC, CV, UE) are common nouns: the corpus need only know them.
          ? forms.stream().anyMatch(form -> form.stream().allMatch(t -> docFreq(reader, t) > 0))
          // A year must be in the best passage; other names in one of the quoted ones.
          : forms.stream().anyMatch(form -> form.stream()
              .allMatch(t -> anyHas(reader, QuestionNames.isYear(name) ? best : quoted, t)));
      if (!found) {
        missingNames++;
      }
    }
    // An article's score was weighed down with its source's weight: compare it on the same scale.
    double scale = field.equals(PassageFields.CODE_TEXT) ? CODE_WEIGHT : 1;
    return new Match(weight == 0 ? 0 : hits.get(0).score() / (weight * scale), missingNames);
  }

  private static int docFreq(org.apache.lucene.index.IndexReader reader, String term) {
    try {
      return reader.docFreq(new Term(PassageFields.TEXT, term)) + reader.docFreq(new Term(PassageFields.CODE_TEXT, term));
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics", e);
    }
  }

  /**
   * The ways of writing a name, each as its list of terms: itself and its synonyms ("ANI" or
   * "accord national interprofessionnel"). A name passed over by analysis (an acronym that is
   * also a French stop word, like "AI") keeps its lowercase form, which no passage contains.
   */
  private List<List<String>> nameForms(String name) {
    List<List<String>> forms = new ArrayList<>();
    try (TokenStream ts = queryAnalyzer.tokenStream(PassageFields.TEXT, name)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
      for (var paths = graph.getFiniteStrings(); paths.hasNext(); ) {
        try (TokenStream path = paths.next()) {
          List<String> terms = new ArrayList<>();
          CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
          path.reset();
          while (path.incrementToken()) {
            terms.add(term.toString());
          }
          path.end();
          if (!terms.isEmpty()) {
            forms.add(terms);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a name in memory", e);
    }
    if (forms.isEmpty()) {
      forms.add(List.of(name.toLowerCase(Locale.ROOT)));
    }
    return forms;
  }

  /** Fields where a passage mentions a name: its text, its heading, its document's title. */
  private static final String[] MENTION_FIELDS = {PassageFields.TEXT, PassageFields.SECTION, PassageFields.CODE_TEXT,
      PassageFields.CODE_SECTION, PassageFields.TITLE};

  /** Whether one of {@code docs} has {@code term}, looked up in the postings (no passage is read). */
  private static boolean anyHas(org.apache.lucene.index.IndexReader reader, int[] docs, String term) {
    try {
      List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
      for (int doc : docs) {
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        for (String field : MENTION_FIELDS) {
          var postings = leaf.reader().postings(new Term(field, term), org.apache.lucene.index.PostingsEnum.NONE);
          if (postings != null && postings.advance(local) == local) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("reading postings", e);
    }
  }

  /** Why {@code passageId} scores as it does for {@code question}: Lucene's explanation, for tuning. */
  public String explain(String question, String passageId) {
    String q = clean(question);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(new TermQuery(new Term(PassageFields.ID, passageId)), 1);
        if (top.scoreDocs.length == 0) {
          return "no passage " + passageId;
        }
        Query query = query(q, Terms.of(indexAnalyzer, q), LegalReferences.find(q));
        return query + "\n" + searcher.explain(query, top.scoreDocs[0].doc);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("explaining a score", e);
    }
  }

  /** Every indexed passage, in index order: for statistics and corpus listings. */
  public List<Passage> all() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<Passage> all = new ArrayList<>();
        var reader = searcher.getIndexReader();
        var stored = searcher.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          all.add(PassageFields.fromDocument(stored.document(doc)));
        }
        return all;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index failed", e);
    }
  }

  /** The passage with this id, if indexed. */
  public Optional<Passage> passage(String id) {
    return first(new TermQuery(new Term(PassageFields.ID, id)));
  }

  /** The whole article with this number, in any spelling, if indexed: its parts joined in order. */
  public Optional<Passage> article(String number) {
    String normal = LegalReferences.normalize(number);
    if (normal == null) {
      return Optional.empty();
    }
    List<Passage> parts = matching(new TermQuery(new Term(PassageFields.ARTICLE, normal)));
    if (parts.size() <= 1) {
      return parts.stream().findFirst();
    }
    Passage first = parts.get(0);
    Passage last = parts.get(parts.size() - 1);
    String text = String.join("\n", parts.stream().map(Passage::text).toList());
    return Optional.of(new Passage(first.id(), first.doc(), first.title(), first.page(), first.section(), text,
        first.start(), last.end(), first.article()));
  }

  private Optional<Passage> first(Query query) {
    return matching(query).stream().findFirst();
  }

  /** The passages matching {@code query}, in document order. */
  private List<Passage> matching(Query query) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, 50);
        List<Passage> found = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
          found.add(PassageFields.fromDocument(searcher.storedFields().document(sd.doc)));
        }
        found.sort(Comparator.comparingInt(Passage::start).thenComparing(Passage::id));
        return found;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index failed", e);
    }
  }


  /** The question without control characters, capped at {@link #MAX_QUESTION_CHARS}. */
  static String clean(String question) {
    if (question == null) {
      return "";
    }
    String q = question.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", " ").strip();
    if (q.length() > MAX_QUESTION_CHARS) {
      q = q.substring(0, MAX_QUESTION_CHARS);
    }
    return q;
  }
}
