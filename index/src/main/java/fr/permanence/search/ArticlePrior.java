package fr.permanence.search;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.TopDocs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What an article of the Code du travail is worth before any question is read. Of its 11,000
 * articles, a member's question is about a few hundred: those the Ministry's fact sheets explain,
 * in the legislative part that states the rules, in the plan of an ordinary employment
 * relationship. An article sharing one incidental word with a question ("chef", "prime",
 * "temps") outranks them otherwise, from a decree on scaffolding or on Mayotte. Three facts of
 * the sources themselves, stored in the index when it is built, make the factor its score is
 * multiplied by (1 at most; passages of other kinds keep their score):
 * <ul>
 *   <li>how many sections of the fact sheets cite it: what members ask about, in the Ministry's
 *       experience; an article no section cites weighs {@code 1 - uncited} (see
 *       {@link Weights#factor}); an article of the union's core topics counts as cited often
 *       ({@link #CORE_ARTICLES}), the sheets or not;</li>
 *   <li>whether it is regulatory (R, D): procedure and amounts rather than the rule itself;</li>
 *   <li>whether it sits where the plan gathers rules for a few ({@link Article#peripheral()}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class ArticlePrior {
  /**
   * Number of citing sections at which the citation factor is halfway between its floor and 1:
   * among the articles the fact sheets cite, half are cited by at most two sections.
   */
  static final int CITATION_PIVOT_SECTIONS = 2;
  /**
   * The articles of the union's core topics (the developers' brief): the CSE's consultation on new
   * technologies and on the means of controlling employees' activity, its expert, the droit à la
   * déconnexion, telework, and the two rules every question on monitoring at work rests on: no
   * information collected by a device the employee was not told of beforehand, restrictions of
   * freedoms proportionate to their aim. The Ministry's sheets have no sheet on monitoring, so
   * L. 1222-4 is cited by none and weighed as an article nobody asks about; the union's members
   * ask about these first.
   */
  static final Set<String> CORE_ARTICLES = Set.of("L1222-4", "L1121-1", "L2312-37", "L2312-38", "L2312-8",
      "L2315-94", "L2242-17", "L1222-9", "L1222-10", "L1222-11");
  /**
   * Citing sections a core article counts at least: beyond the four at which the sheets' most cited
   * tenth of articles starts (median two), so its factor is that of the articles members ask
   * about most (0.95 with the default weights). Measured on dev + dev2 + own against two (the
   * median): L. 1222-4 in the first five for one own question instead of none, dev code mrr 0.750
   * → 0.833 instead of unchanged, dev2 one code question from 4th to 6th (L. 2312-37, whose
   * restructuring item answers it too, now above L. 1233-30).
   */
  static final int CORE_SECTIONS = 10;
  /** Bits of {@link PassageFields#CODE_PLAN}. */
  private static final long REGULATORY = 1;
  private static final long PERIPHERAL = 2;
  /**
   * Bit of {@link PassageFields#CODE_PLAN}: an article of the chapter on economic dismissal (see
   * {@link EconomicDismissal}).
   */
  private static final long ECONOMIC_DISMISSAL = 4;

  /**
   * The prior's weights ({@link RankingParameters#articleUncited()} and the next two).
   *
   * @param uncited how much an article no fact sheet cites loses (0: nothing, 1: everything)
   * @param regulatory the factor of a regulatory article (R, D)
   * @param peripheral the factor of an article of a particular profession, overseas or an annex
   */
  record Weights(double uncited, double regulatory, double peripheral) {
    /** No prior: every article as its words score it. */
    static final Weights NONE = new Weights(0, 1, 1);

    Weights {
      if (uncited < 0 || uncited > 1 || regulatory <= 0 || regulatory > 1 || peripheral <= 0 || peripheral > 1) {
        throw new IllegalArgumentException("article prior weights out of range: " + uncited + ", " + regulatory
            + ", " + peripheral);
      }
    }

    /** The factor of an article cited by {@code citingSections} sections, of the given plan. */
    double factor(long citingSections, boolean regulatory, boolean peripheral) {
      double cited = 1 - uncited * CITATION_PIVOT_SECTIONS / (double) (citingSections + CITATION_PIVOT_SECTIONS);
      return cited * (regulatory ? this.regulatory : 1) * (peripheral ? this.peripheral : 1);
    }
  }

  private final Weights weights;

  ArticlePrior(Weights weights) {
    this.weights = weights;
  }

  /** {@code query} with each article's score multiplied by its prior factor. */
  Query apply(Query query) {
    return weights.equals(Weights.NONE) ? query : FunctionScoreQuery.boostByValue(query, new Factor(weights));
  }

  /**
   * {@code ranked}'s passages with each article's score multiplied by its prior factor, best
   * first, the first {@code keep} of them: the same as searching {@link #apply}'s query, for the
   * passages ranked. Searching the plain query and re-scoring its first few hundred lets Lucene
   * skip the passages that cannot reach them (a function over the whole query scores every
   * passage matching one word), at three times the speed; a factor never exceeds 1, so only a
   * passage ranked beyond the window and penalised less than those inside it could be missed.
   */
  TopDocs rescore(IndexSearcher searcher, TopDocs ranked, int keep) throws IOException {
    if (weights.equals(Weights.NONE)) {
      return ranked;
    }
    int[] docs = new int[ranked.scoreDocs.length];
    float[] scores = new float[docs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = ranked.scoreDocs[i].doc;
      scores[i] = ranked.scoreDocs[i].score;
    }
    return Rescored.of(ranked, scores(searcher.getIndexReader().leaves(), docs, scores), keep);
  }

  /**
   * {@code scores}, the question's scores of the passages {@code docs} (index-wide ids, in any
   * order), each multiplied by its passage's factor: what {@link #apply}'s query scores them, to
   * the last bit. The factors are read in document order, one column reader per segment.
   */
  float[] scores(List<LeafReaderContext> leaves, int[] docs, float[] scores) throws IOException {
    float[] weighed = scores.clone();
    if (weights.equals(Weights.NONE)) {
      return weighed;
    }
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    Factor factor = new Factor(weights);
    LeafReaderContext leaf = null;
    DoubleValues values = null;
    int last = -1;
    double f = 1;
    for (int i : order) {
      if (docs[i] != last) { // a passage listed twice keeps the factor read for it
        if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
          values = factor.getValues(leaf, null);
        }
        last = docs[i];
        f = values.advanceExact(docs[i] - leaf.docBase) ? values.doubleValue() : 1;
      }
      weighed[i] = (float) (scores[i] * f);
    }
    return weighed;
  }

  /** Whether the passage {@code doc} (index-wide id) is an article of the chapter on economic dismissal. */
  static boolean economicDismissal(IndexSearcher searcher, int doc) throws IOException {
    return (Rescored.column(searcher, doc, PassageFields.CODE_PLAN, 0) & ECONOMIC_DISMISSAL) != 0;
  }

  /**
   * For each article number, how many distinct fact-sheet sections (sheet and heading) cite it,
   * among {@code passages}: counted once per section, however many passages it was cut into.
   */
  static Map<String, Integer> citingSections(List<Passage> passages) {
    Map<String, Set<String>> sections = new HashMap<>();
    for (Passage p : passages) {
      if (p.kind() != SourceKind.FICHE) {
        continue;
      }
      String section = p.doc() + "\u0000" + p.title() + "\u0000" + p.section();
      for (String cited : p.cites()) {
        sections.computeIfAbsent(cited, k -> new HashSet<>()).add(section);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    sections.forEach((number, citing) -> counts.put(number, citing.size()));
    return counts;
  }

  /**
   * Adds the prior's facts to an article's document: column-stored numbers, read for each
   * matching document at search time and never searched.
   */
  static void addFields(Document d, Article article, Map<String, Integer> citingSections) {
    d.add(new NumericDocValuesField(PassageFields.CITING_SECTIONS, citing(article.number(), citingSections)));
    long plan = (article.legislative() ? 0 : REGULATORY) | (article.peripheral() ? PERIPHERAL : 0)
        | (article.economicDismissal() ? ECONOMIC_DISMISSAL : 0);
    d.add(new NumericDocValuesField(PassageFields.CODE_PLAN, plan));
  }

  /**
   * The sections an article counts as citing it: the fact sheets' ({@code citingSections}), and at
   * least {@link #CORE_SECTIONS} for an article of the union's core topics.
   */
  static int citing(String number, Map<String, Integer> citingSections) {
    int sheets = citingSections.getOrDefault(number, 0);
    return CORE_ARTICLES.contains(number) ? Math.max(sheets, CORE_SECTIONS) : sheets;
  }

  /** The factor of each document: 1 for a passage that is not an article (it has no plan). */
  private static final class Factor extends DoubleValuesSource {
    private final Weights weights;

    Factor(Weights weights) {
      this.weights = weights;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
      NumericDocValues plan = DocValues.getNumeric(ctx.reader(), PassageFields.CODE_PLAN);
      NumericDocValues citing = DocValues.getNumeric(ctx.reader(), PassageFields.CITING_SECTIONS);
      return new DoubleValues() {
        private double value = 1;

        @Override
        public double doubleValue() {
          return value;
        }

        @Override
        public boolean advanceExact(int doc) throws IOException {
          if (!plan.advanceExact(doc)) {
            value = 1;
            return true;
          }
          long bits = plan.longValue();
          long sections = citing.advanceExact(doc) ? citing.longValue() : 0;
          value = weights.factor(sections, (bits & REGULATORY) != 0, (bits & PERIPHERAL) != 0);
          return true;
        }
      };
    }

    @Override
    public boolean needsScores() {
      return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
      return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return DocValues.isCacheable(ctx, PassageFields.CODE_PLAN, PassageFields.CITING_SECTIONS);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Factor f && f.weights.equals(weights);
    }

    @Override
    public int hashCode() {
      return weights.hashCode();
    }

    @Override
    public String toString() {
      return "articlePrior" + weights;
    }
  }
}
