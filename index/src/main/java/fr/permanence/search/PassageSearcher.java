package fr.permanence.search;

import fr.permanence.analysis.FrenchDictionary;
import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.InformalFrench;
import fr.permanence.analysis.LegalReferences;
import fr.permanence.analysis.Synonyms;
import fr.permanence.analysis.Terms;
import fr.permanence.corpus.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Searches passages for a member's question ({@link QuestionQuery}), keeps one source from
 * filling the top ({@link SourceBalance}), picks each hit's best sentences
 * ({@link SentencePicker}) and decides whether the result is reliable enough to answer with
 * ({@link MatchCheck}, {@link Answerability}). Any input gives a result, never an exception.
 * Close it when the process is done searching ({@link #close()}).
 *
 * <p>Thread-safe: one searcher serves every chat thread at once. Each call acquires its own
 * {@link IndexSearcher} from the {@link SearcherManager} and releases it; the analyzers are
 * Lucene's (token streams reused per thread); the collaborators are immutable or thread-safe as
 * their own documentation says. The two caches per index version (the naming vocabulary here, the
 * highlighter in {@link SentencePicker}) are atomic references: two threads meeting a new version
 * at once may both build it, and either is kept. {@link #preloadDictionary()} and {@link #close()}
 * are guarded by this object's lock.
 */
public final class PassageSearcher implements AutoCloseable {
  /** Longest question searched; beyond, the words add noise and Lucene clauses, not meaning. */
  public static final int MAX_QUESTION_CHARS = 1_000;
  /** Candidates ranked before balancing sources: enough to fill the top with other documents. */
  private static final int CANDIDATES = 50;
  /**
   * Candidates re-scored by the article prior, as a multiple of those kept: the prior divides an
   * article's score by 3 at most (0.8 × 0.5 × 0.7 for an uncited decree of a particular
   * profession), so an article it lifts into the first fifty ranks within the first few hundred.
   */
  private static final int PRIOR_WINDOW = 4;

  private final SearcherManager searchers;
  private final Analyzer indexAnalyzer = new FrenchLegalAnalyzer();
  private final QuestionQuery queries;
  private final SentencePicker sentences = new SentencePicker(indexAnalyzer);
  private final MissingAccents accents = new MissingAccents(indexAnalyzer, FrenchDictionary::get);
  private final Typos typos;
  private final MatchCheck matches;
  private final Answerability answerability;
  private final RankingParameters parameters;
  private final double contextWeight;
  /** The naming vocabulary of the latest index version searched (see {@link #names}). */
  private final AtomicReference<Names> names = new AtomicReference<>();
  private final ArticlePrior prior;
  /** The French dictionary's loading started by {@link #preloadDictionary()}, or null; guarded by this. */
  private Thread dictionaryLoader;

  /** A searcher ranking with {@link RankingParameters#DEFAULTS}. */
  public PassageSearcher(SearcherManager searchers, Synonyms synonyms, Answerability answerability) {
    this(searchers, synonyms, answerability, RankingParameters.DEFAULTS);
  }

  /** @param parameters the ranking's weights and caps (the evaluation tries others) */
  public PassageSearcher(SearcherManager searchers, Synonyms synonyms, Answerability answerability,
      RankingParameters parameters) {
    Objects.requireNonNull(synonyms, "synonyms (Synonyms.none() for none)");
    Analyzer queryAnalyzer = new FrenchLegalAnalyzer(synonyms);
    this.searchers = Objects.requireNonNull(searchers, "searchers");
    this.queries = new QuestionQuery(indexAnalyzer, queryAnalyzer, parameters);
    this.matches = new MatchCheck(queryAnalyzer, indexAnalyzer);
    this.typos = new Typos(indexAnalyzer, queryAnalyzer, accents, FrenchDictionary::get);
    this.answerability = Objects.requireNonNull(answerability, "answerability");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.contextWeight = parameters.contextWeight();
    this.prior = new ArticlePrior(parameters.articlePrior());
  }

  /**
   * Most time {@link #close()} waits for the dictionary's loading: it takes about a second, several
   * on a loaded machine; beyond this the process ends anyway.
   */
  private static final Duration LOADER_WAIT = Duration.ofSeconds(20);

  /**
   * Starts reading the French dictionary on another core (about a second), so that a session's
   * first question with a word the texts lack does not wait for it. For sessions (chat, the chat
   * platforms); a one-shot command skips it and reads the dictionary only if its question needs it,
   * rather than spend a second of a two-core machine on it at every start.
   */
  public synchronized void preloadDictionary() {
    if (dictionaryLoader == null && parameters.typoWeight() > 0) {
      dictionaryLoader = FrenchDictionary.preload();
    }
  }

  /**
   * Waits, at most {@link #LOADER_WAIT}, for the dictionary's loading {@link #preloadDictionary()}
   * started. A process must not end while that thread is still loading classes: the launcher's
   * class-data archive (-XX:+AutoCreateSharedArchive) is written at exit, and with JDK 25.0.3 the
   * JVM crashed (SIGSEGV in LambdaProxyClassDictionary) when a thread was linking a lambda
   * meanwhile, after a command answered before the dictionary was read.
   */
  @Override
  public void close() {
    Thread loader;
    synchronized (this) {
      loader = dictionaryLoader;
    }
    if (loader == null) {
      return;
    }
    try {
      loader.join(LOADER_WAIT);
    } catch (InterruptedException e) {
      // Closing was interrupted: end without waiting further, and let the caller see the interrupt.
      Thread.currentThread().interrupt();
    }
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
    if (SmallTalk.isSmallTalk(q)) {
      // A greeting, thanks or chit-chat asks nothing of the texts: any passage would share a word by chance.
      return SearchResult.unsearchable(question, "small-talk", System.nanoTime() - started);
    }
    List<String> references = LegalReferences.find(q);
    if (Terms.of(indexAnalyzer, q).isEmpty() && references.isEmpty()) {
      return SearchResult.unsearchable(question, "no-searchable-word", System.nanoTime() - started);
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        String standard = standardSpelling(searcher, q);
        List<String> terms = Terms.of(indexAnalyzer, standard);
        return search(searcher, question, standard, terms, references, Math.max(1, limit), started);
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
    // The words naming a source route the search to it, and are no content to look for.
    SourceNames.Naming naming = names(searcher).find(q, indexAnalyzer);
    List<String> contentTerms = naming.content().equals(q) ? terms : Terms.of(indexAnalyzer, naming.content());
    QuestionFocus focus = focus(naming.content());
    KindWeights weights = KindWeights.of(naming, parameters);
    QuestionQuery.Corrections corrections = corrections(searcher, focus);
    // Words searched besides the question's, the corrections of its misspelt words and the code's
    // words for a situation it tells in others: the sentences quoted are read for them as well
    // ("le droit à la déconnexion", not the same article's item on commuting).
    String situation = Situations.wording(focus, parameters.situationWeight());
    String searchedToo = (corrections.all() + " " + situation).strip();
    if (!searchedToo.isEmpty()) {
      contentTerms = new ArrayList<>(contentTerms);
      contentTerms.addAll(Terms.of(indexAnalyzer, searchedToo));
    }
    // Weighed once for the ranking search and the cited articles' scores.
    PreparedQuery plain = PreparedQuery.prepare(searcher,
        queries.build(focus, contextWeight, references, weights, corrections, situation));
    int wanted = Math.max(limit, CANDIDATES);
    long quantityAsked = Quantities.asked(focus.focus());
    TopDocs first = prior.rescore(searcher, searcher.search(plain, PRIOR_WINDOW * wanted), wanted);
    TopDocs candidates = EconomicDismissal.rescore(searcher, Quantities.rescore(searcher,
        CitedArticles.propagate(searcher, plain, prior, first, parameters.citedShare(), parameters.citedUnnamed()),
        quantityAsked, parameters.quantityMissing(),
        parameters.quantityUnitMismatch(), parameters.quantityPeriodMismatch()), q, parameters.economicUnnamed());
    TopDocs top = SourceBalance.rerank(searcher, candidates, limit, parameters);
    int[] docIds = new int[top.scoreDocs.length];
    List<Hit> hits = new ArrayList<>();
    SentencePicker.Cues cues = new SentencePicker.Cues(quantityAsked, Categories.named(q),
        Ranges.values(q), parameters.sentenceQuantity(), parameters.sentenceSituation());
    List<List<String>> best = sentences.pick(searcher, QuestionQuery.highlight(contentTerms, references), top, cues);
    // One reader for all hits: it keeps the last block of passages it decompressed.
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
      Passage passage = PassageFields.fromDocument(stored.document(docIds[i]));
      boolean figure = quantityAsked != Quantities.NONE
          && Quantities.answers(quantityAsked, Quantities.stated(searcher, docIds[i]));
      hits.add(new Hit(passage, top.scoreDocs[i].score, i < best.size() ? best.get(i) : List.of(), figure));
    }
    boolean exactArticle = !foundArticles.isEmpty() && !hits.isEmpty()
        && hits.get(0).passage().article() != null
        && foundArticles.contains(hits.get(0).passage().article().number());
    // The evidence reads the question as the member meant it, each misspelt word as its first
    // correction: what the same question well spelt would show, neither more nor less.
    IndexReader reader = searcher.getIndexReader();
    String meant = corrections.isEmpty() ? q : typos.corrected(reader, q);
    QuestionFocus meantFocus = corrections.isEmpty() ? focus : focus(typos.corrected(reader, naming.content()));
    double focusScore = hits.isEmpty() ? 0
        : focusScore(searcher, meantFocus, references, weights, hits.get(0), !corrections.isEmpty());
    Evidence evidence = matches.measure(searcher, meant, meantFocus, focusScore, hits, docIds, weights, exactArticle,
        naming);
    boolean answerable = !hits.isEmpty() && answerability.answerable(evidence);
    return new SearchResult(question, hits, answerable, references, missingReferences,
        hits.isEmpty() ? "no-match" : "", System.nanoTime() - started, evidence);
  }

  /** The naming vocabulary of the index {@code searcher} reads: built once per version of the index. */
  private SourceNames names(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Object key = helper == null ? reader : helper.getKey();
    Names known = names.get();
    if (known != null && known.key() == key) {
      return known.names();
    }
    SourceNames fresh = SourceNames.of(searcher);
    names.set(new Names(key, fresh));
    return fresh;
  }

  /** The naming vocabulary of one version of the index, by its reader's cache key. */
  private record Names(Object key, SourceNames names) {}

  /**
   * {@code q} as the texts would spell it: text-message shorthand rewritten ({@link InformalFrench}),
   * then the accents it lacks restored against the index's words ({@link MissingAccents}).
   */
  private String standardSpelling(IndexSearcher searcher, String q) throws IOException {
    return accents.restore(searcher.getIndexReader(), InformalFrench.normalize(q));
  }

  /**
   * The corrections of the misspelt words of {@code focus} and of its context ({@link Typos});
   * none when they weigh nothing.
   */
  private QuestionQuery.Corrections corrections(IndexSearcher searcher, QuestionFocus focus) throws IOException {
    if (parameters.typoWeight() == 0) {
      return QuestionQuery.Corrections.NONE;
    }
    IndexReader reader = searcher.getIndexReader();
    return new QuestionQuery.Corrections(typos.corrections(reader, focus.focus()),
        focus.hasContext() && contextWeight > 0 ? typos.corrections(reader, focus.context()) : "");
  }

  /** What {@code q} asks; with a context weight of 1, the whole question, every sentence alike. */
  private QuestionFocus focus(String q) {
    return contextWeight >= 1 ? QuestionFocus.whole(q, indexAnalyzer) : QuestionFocus.of(q, indexAnalyzer);
  }

  /**
   * The score of {@code best} for what the question asks, without its context, its misspelt words
   * read as their corrections ({@code corrected}): what decides whether it answers (see
   * {@link MatchCheck}). The same as its score when there is neither context nor correction.
   */
  private double focusScore(IndexSearcher searcher, QuestionFocus focus, List<String> references, KindWeights weights,
      Hit best, boolean corrected)
      throws IOException {
    if ((!focus.hasContext() || contextWeight == 0) && !corrected) {
      return best.score();
    }
    Query focusOnly = new BooleanQuery.Builder()
        .add(prior.apply(queries.build(focus, 0, references, weights)), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(PassageFields.ID, best.passage().id())), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(focusOnly, 1);
    return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
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
        String standard = standardSpelling(searcher, q);
        SourceNames.Naming naming = names(searcher).find(standard, indexAnalyzer);
        KindWeights weights = KindWeights.of(naming, parameters);
        QuestionFocus focus = focus(naming.content());
        Query query = prior.apply(queries.build(focus, contextWeight, LegalReferences.find(standard), weights,
            corrections(searcher, focus), Situations.wording(focus, parameters.situationWeight())));
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
    return Optional.of(first.withText(text, first.start(), last.end()));
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
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
          found.add(PassageFields.fromDocument(stored.document(sd.doc)));
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
