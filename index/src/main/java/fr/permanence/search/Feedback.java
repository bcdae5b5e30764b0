package fr.permanence.search;

import fr.permanence.analysis.Terms;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Pseudo-relevance feedback (RM3's idea, lexically): a member's paraphrase often shares few words
 * with the passage that answers, yet the best passages of a first search usually speak of the same
 * topic in the texts' own words. The words those passages share, weighed by how distinctive they
 * are in the index, are searched beside the question's at a small weight, so that the passage
 * using the texts' words for what the member described can rise.
 *
 * <p>A word is an expansion when it is in at least {@link #MIN_PASSAGES} of the first passages (a
 * word one passage uses alone is that passage's own detail, not the topic they share), is none of
 * the question's words, and holds no digit (article numbers, dates and amounts name one passage,
 * not a topic). Its weight is relevance model 1's — the sum over the feedback passages of its
 * share of the passage's words times the passage's score relative to the first — times its idf in
 * the passage's field, so that words every text uses (salarié, employeur) count little. Stop words
 * never reach it: the index's analysis drops them.
 *
 * <p>Immutable and thread-safe.
 */
final class Feedback {
  /** Passages a word must appear in to be an expansion. */
  static final int MIN_PASSAGES = 2;

  private final Analyzer indexAnalyzer;
  private final int passages;
  private final int words;
  private final float weight;

  /**
   * @param indexAnalyzer the analysis of indexed text: the passages' words as the index holds them
   * @param passages how many of the first passages are read
   * @param words how many expansion words are searched at most
   * @param weight the weight of the heaviest expansion word beside a word of the question (1)
   */
  Feedback(Analyzer indexAnalyzer, int passages, int words, float weight) {
    this.indexAnalyzer = indexAnalyzer;
    this.passages = passages;
    this.words = words;
    this.weight = weight;
  }

  /** An expansion word and its weight relative to the heaviest (1). */
  record Expansion(String term, double weight) {}

  /**
   * The expansion words of the first passages of {@code ranked} (best first), none of
   * {@code questionTerms}: heaviest first, at most {@code words} of them.
   */
  List<Expansion> expansions(IndexSearcher searcher, TopDocs ranked, Set<String> questionTerms) throws IOException {
    int n = Math.min(passages, ranked.scoreDocs.length);
    if (n < MIN_PASSAGES || ranked.scoreDocs[0].score <= 0) {
      return List.of();
    }
    IndexReader reader = searcher.getIndexReader();
    StoredFields stored = searcher.storedFields();
    float first = ranked.scoreDocs[0].score;
    Map<String, double[]> model = new HashMap<>(); // term -> {weight, passages}
    Map<String, SourceKind> fieldOf = new HashMap<>();
    int used = 0;
    for (int i = 0; i < ranked.scoreDocs.length && used < n; i++) {
      Passage passage = PassageFields.fromDocument(stored.document(ranked.scoreDocs[i].doc));
      used++;
      List<String> terms = Terms.of(indexAnalyzer, passage.text());
      if (terms.isEmpty()) {
        continue;
      }
      Map<String, Integer> tf = new HashMap<>();
      for (String t : terms) {
        tf.merge(t, 1, Integer::sum);
      }
      double relevance = ranked.scoreDocs[i].score / first;
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        String t = e.getKey();
        if (questionTerms.contains(t) || !plainWord(t)) {
          continue;
        }
        double[] m = model.computeIfAbsent(t, k -> new double[2]);
        m[0] += relevance * e.getValue() / terms.size();
        m[1]++;
        fieldOf.putIfAbsent(t, passage.kind());
      }
    }
    List<Expansion> found = new ArrayList<>();
    for (Map.Entry<String, double[]> e : model.entrySet()) {
      if (e.getValue()[1] < MIN_PASSAGES) {
        continue;
      }
      String field = PassageFields.text(fieldOf.get(e.getKey()));
      int docs = Math.max(1, reader.getDocCount(field));
      int df = reader.docFreq(new Term(field, e.getKey()));
      double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
      found.add(new Expansion(e.getKey(), e.getValue()[0] * idf));
    }
    found.sort(Comparator.comparingDouble(Expansion::weight).reversed().thenComparing(Expansion::term));
    List<Expansion> kept = found.subList(0, Math.min(words, found.size()));
    if (kept.isEmpty()) {
      return List.of();
    }
    double top = kept.get(0).weight();
    return kept.stream().map(x -> new Expansion(x.term(), x.weight() / top)).toList();
  }

  /**
   * {@code original} with {@code expansions} searched beside it in every kind's text, each word
   * {@code weight} × its relative weight × its kind's weight.
   */
  Query expand(Query original, List<Expansion> expansions, KindWeights weights) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(original, BooleanClause.Occur.SHOULD);
    for (Expansion x : expansions) {
      for (SourceKind kind : SourceKind.values()) {
        float w = (float) (weight * x.weight() * weights.of(kind));
        if (w > 0) {
          b.add(new BoostQuery(new TermQuery(new Term(PassageFields.text(kind), x.term())), w),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  /** Whether {@code term} is a word: letters only, at least three of them. */
  private static boolean plainWord(String term) {
    if (term.length() < 3) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isLetter(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether nothing is ever expanded. */
  boolean off() {
    return weight == 0 || words == 0 || passages < MIN_PASSAGES;
  }

  static Set<String> setOf(List<String> terms) {
    return new HashSet<>(terms);
  }
}
