package fr.permanence.search;

import fr.permanence.analysis.LegalReferences;
import fr.permanence.corpus.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene query for a member's question: BM25 over the text with the question's own words
 * and their synonyms, boosts for the section heading and the document title, a proximity boost
 * for words found close together, and an exact boost for named articles.
 *
 * <p>Thread-safe: immutable; each query is built in a {@code Disjunction} of its own.
 */
final class QuestionQuery {
  /** Words this close (positions apart) count as near each other. */
  private static final int PROXIMITY_SLOP = 3;
  /** A question naming an article gets that article first, whatever else matches. */
  private static final float ARTICLE_BOOST = 50f;

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final RankingParameters parameters;
  /** How the multi-word alternatives weigh; remembers each phrase's passages, so one per searcher. */
  private final PhraseRarity rarity;

  /**
   * @param indexAnalyzer the analysis of indexed text: the question's own words
   * @param queryAnalyzer the same with synonyms: its expansions
   * @param parameters the relative weights of the query's parts
   */
  QuestionQuery(Analyzer indexAnalyzer, Analyzer queryAnalyzer, RankingParameters parameters) {
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
    this.parameters = parameters;
    this.rarity = new PhraseRarity(parameters.phraseRarity());
  }

  /**
   * The search query for a question, its {@code focus} weighing fully and its context
   * {@code contextWeight} as much (see {@link QuestionFocus}), each kind of source weighing
   * {@code weights}, and its named articles.
   */
  Query build(QuestionFocus focus, double contextWeight, List<String> references, KindWeights weights) {
    return build(focus, contextWeight, references, weights, Corrections.NONE,
        Situations.wording(focus, parameters.situationWeight()));
  }

  /**
   * The same, with the corrections of the question's misspelt words ({@link Typos}) searched too,
   * {@link RankingParameters#typoWeight()} as much as the words of their part of the question, and
   * the code's wording for the situations {@code focus} tells ({@code situation}, as {@link
   * Situations#wording(QuestionFocus, double)} reads it once for a search), {@link
   * RankingParameters#situationWeight()} as much.
   */
  Query build(QuestionFocus focus, double contextWeight, List<String> references, KindWeights weights,
      Corrections corrections, String situation) {
    Disjunction b = new Disjunction();
    addText(b, focus.focus(), focus.focusTerms(), 1f, weights);
    if (focus.hasContext() && contextWeight > 0) {
      addText(b, focus.context(), focus.contextTerms(), (float) contextWeight, weights);
    }
    // A situation the member tells in words the code never uses: the code's words for it too.
    if (!situation.isEmpty()) {
      addText(b, situation, List.of(), parameters.situationWeight(), weights);
    }
    float typoWeight = parameters.typoWeight();
    if (typoWeight > 0 && !corrections.focus().isEmpty()) {
      addText(b, corrections.focus(), List.of(), typoWeight, weights);
    }
    if (typoWeight > 0 && contextWeight > 0 && !corrections.context().isEmpty()) {
      addText(b, corrections.context(), List.of(), (float) (typoWeight * contextWeight), weights);
    }
    for (SourceKind kind : SourceKind.values()) {
      for (String ref : references) {
        b.add(new TermQuery(new Term(PassageFields.text(kind), LegalReferences.token(ref))),
            parameters.referenceBoost());
      }
    }
    for (String ref : references) {
      b.add(new TermQuery(new Term(PassageFields.ARTICLE, ref)), ARTICLE_BOOST);
    }
    return weights.boostNamed(b.build());
  }

  /** The clauses for one part of the question, {@code text} analysed into {@code terms}, weighing {@code weight}. */
  private void addText(Disjunction b, String text, List<String> terms, float weight, KindWeights weights) {
    QueryBuilder builder = new SynonymAwareQueryBuilder(queryAnalyzer, rarity);
    // The question's own words, and the same with acronyms and synonyms expanded: a passage
    // using the member's words is never outranked by one that only matches an expansion.
    // Analysed once each, then copied to every field searched (see FieldSwap).
    Query words = new QueryBuilder(indexAnalyzer).createBooleanQuery(PassageFields.TEXT, text);
    Query expanded = builder.createBooleanQuery(PassageFields.TEXT, text);
    for (SourceKind kind : SourceKind.values()) {
      String field = PassageFields.text(kind);
      float w = weight * weights.of(kind);
      b.add(on(field, words), parameters.literalBoost() * w);
      b.add(on(field, expanded), w);
      // Headings written for readers say what a passage is about, in words an acronym may stand
      // for; the code's headings are its plan, where the question's own words suffice.
      b.add(on(PassageFields.section(kind), kind == SourceKind.CODE ? words : expanded), parameters.sectionBoost() * w);
      for (int i = 0; i + 1 < terms.size(); i++) {
        b.add(new PhraseQuery(PROXIMITY_SLOP, field, terms.get(i), terms.get(i + 1)), parameters.proximityBoost() * w);
      }
    }
    if (parameters.neighbourBoost() > 0) {
      // A union passage's neighbours: the question's words spread over adjacent paragraphs.
      b.add(on(PassageFields.NEIGHBOURS, expanded),
          parameters.neighbourBoost() * weight * weights.of(SourceKind.DOCUMENT));
    }
    if (parameters.topicBoost() > 0) {
      for (SourceKind kind : SourceKind.values()) {
        b.add(on(PassageFields.topic(kind), expanded), parameters.topicBoost() * weight * weights.of(kind));
      }
    }
    b.add(on(PassageFields.TITLE, words), parameters.titleBoost() * weight);
  }

  /**
   * The corrections of a question's misspelt words ({@link Typos}), as words the texts use, in its
   * focus and in its context: "" for none.
   */
  record Corrections(String focus, String context) {
    static final Corrections NONE = new Corrections("", "");

    /** Whether there is any correction. */
    boolean isEmpty() {
      return focus.isEmpty() && context.isEmpty();
    }

    /** Both parts' corrections, as one text. */
    String all() {
      return (focus + " " + context).strip();
    }
  }

  private static Query on(String field, Query query) {
    return query == null ? null : FieldSwap.to(field, query);
  }

  /**
   * The query's clauses, any of which may match, as one flat disjunction: a part added with a
   * weight (the question's words in one field) gives each of its clauses that weight, the same
   * sum of the same scores. Lucene then merges a clause repeated in several parts (the question's
   * own word and its expansion, a word of both focus and context) into one, and skips the
   * passages the clauses still missing cannot lift into the first ones (block-max MaxScore), which
   * it cannot do within a boosted nested disjunction. A message whose flat clauses would pass
   * Lucene's clause limit (a long one repeating its words) keeps its parts nested, as they were.
   *
   * <p>Not thread-safe: one per query built.
   */
  private static final class Disjunction {
    /** Each part as added, weighed. */
    private final List<Query> parts = new ArrayList<>();
    /** The parts' clauses, each weighed as its part. */
    private final List<Query> clauses = new ArrayList<>();

    /** Adds {@code q} weighing {@code boost}; nothing for a null query (no searchable word). */
    void add(Query q, float boost) {
      if (q != null) {
        parts.add(weighed(q, boost));
        flatten(q, boost);
      }
    }

    private void flatten(Query q, float boost) {
      if (q instanceof BooleanQuery part && isDisjunction(part)) {
        part.clauses().forEach(c -> flatten(c.query(), boost));
      } else {
        clauses.add(weighed(q, boost));
      }
    }

    BooleanQuery build() {
      BooleanQuery.Builder builder = new BooleanQuery.Builder();
      for (Query q : clauses.size() <= IndexSearcher.getMaxClauseCount() ? clauses : parts) {
        builder.add(q, BooleanClause.Occur.SHOULD);
      }
      return builder.build();
    }

    private static Query weighed(Query q, float boost) {
      return boost == 1f ? q : new BoostQuery(q, boost);
    }

    /** Whether {@code q} only adds up its clauses' scores: any of them may match, none must. */
    private static boolean isDisjunction(BooleanQuery q) {
      return q.getMinimumNumberShouldMatch() == 0
          && q.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * The question's words, each on its own, and the named articles' tokens: what the highlighter
   * looks for to pick sentences. Plain terms are cheap to match, unlike the phrases and
   * expansions of the search query.
   */
  static List<String> highlight(List<String> terms, List<String> references) {
    Set<String> words = new LinkedHashSet<>(terms);
    references.forEach(ref -> words.add(LegalReferences.token(ref)));
    return List.copyOf(words);
  }
}
