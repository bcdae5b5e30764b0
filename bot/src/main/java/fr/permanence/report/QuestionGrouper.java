package fr.permanence.report;

import fr.permanence.log.CitedPassage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups questions that count as one: same words once normalized, near-identical words (Jaccard
 * similarity of the word sets at least {@link #SIMILARITY}), or — when {@code bySource} — the
 * same best passage quoted. Similar pairs are found with prefix filtering (Chaudhuri et al. 2006;
 * Bayardo et al. 2007): two sets that similar must share one of their rarest words, so only
 * questions sharing a rare word are compared, which keeps 100,000 questions well under a second.
 */
final class QuestionGrouper {
  /**
   * Two wordings with at least this share of common words ask the same thing: 0.6 joins
   * "heures de délégation élu CSE" with "heures délégation CSE" (3/4) but not with
   * "heures supplémentaires" (1/4).
   */
  static final double SIMILARITY = 0.6;
  /** Wordings shown per group. */
  private static final int EXAMPLES = 3;
  /** Passages shown per group. */
  private static final int PASSAGES = 5;

  private QuestionGrouper() {}

  /** The groups of {@code questions}, largest first (ties: most recent first). */
  static List<QuestionGroup> group(List<LoggedQuestion> questions, boolean bySource) {
    // 1. Same normalized words: one bucket.
    Map<String, Bucket> byKey = new LinkedHashMap<>();
    Map<String, String[]> tokensByText = new HashMap<>(); // members repeat themselves word for word
    for (LoggedQuestion q : questions) {
      String[] tokens = tokensByText.computeIfAbsent(q.text(), Wording::tokens);
      byKey.computeIfAbsent(Wording.key(tokens, q.text()), k -> new Bucket(tokens)).questions.add(q);
    }
    List<Bucket> buckets = new ArrayList<>(byKey.values());
    int[] parent = new int[buckets.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    joinSimilar(buckets, parent);
    if (bySource) {
      Map<String, Integer> firstByPassage = new HashMap<>();
      for (int i = 0; i < buckets.size(); i++) {
        for (LoggedQuestion q : buckets.get(i).questions) {
          if (q.top() != null) {
            Integer other = firstByPassage.putIfAbsent(q.top().passageId(), i);
            if (other != null) {
              union(parent, other, i);
            }
          }
        }
      }
    }
    Map<Integer, List<Bucket>> roots = new LinkedHashMap<>();
    for (int i = 0; i < buckets.size(); i++) {
      roots.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(buckets.get(i));
    }
    List<Built> built = new ArrayList<>(roots.size());
    for (List<Bucket> members : roots.values()) {
      built.add(build(members));
    }
    built.sort(Comparator.comparingInt((Built b) -> b.group.count()).reversed()
        .thenComparing(Comparator.comparingLong((Built b) -> b.lastId).reversed()));
    return built.stream().map(b -> b.group).toList();
  }

  private static void joinSimilar(List<Bucket> buckets, int[] parent) {
    Map<String, Integer> frequency = new HashMap<>();
    for (Bucket b : buckets) {
      for (String t : b.tokens) {
        frequency.merge(t, 1, Integer::sum);
      }
    }
    Comparator<String> rarestFirst = Comparator.comparingInt((String t) -> frequency.get(t))
        .thenComparing(Comparator.naturalOrder());
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < buckets.size(); i++) {
      String[] tokens = buckets.get(i).tokens;
      if (tokens.length == 0) {
        continue;
      }
      String[] ordered = tokens.clone();
      Arrays.sort(ordered, rarestFirst);
      int prefix = tokens.length - (int) Math.ceil(SIMILARITY * tokens.length) + 1;
      Set<Integer> candidates = new HashSet<>();
      for (int k = 0; k < prefix; k++) {
        List<Integer> seen = index.computeIfAbsent(ordered[k], t -> new ArrayList<>());
        candidates.addAll(seen);
        seen.add(i);
      }
      for (int j : candidates) {
        String[] other = buckets.get(j).tokens;
        int small = Math.min(tokens.length, other.length);
        int large = Math.max(tokens.length, other.length);
        if (small >= SIMILARITY * large && find(parent, i) != find(parent, j)
            && Wording.jaccard(tokens, other) >= SIMILARITY) {
          union(parent, i, j);
        }
      }
    }
  }

  private static Built build(List<Bucket> buckets) {
    int count = 0;
    int up = 0;
    int down = 0;
    long lastId = 0;
    Set<String> askers = new HashSet<>();
    Map<String, Integer> passageCounts = new HashMap<>();
    Map<String, String> passageLabels = new HashMap<>();
    List<Map.Entry<String, Integer>> wordings = new ArrayList<>();
    for (Bucket b : buckets) {
      Map<String, Integer> texts = new HashMap<>();
      for (LoggedQuestion q : b.questions) {
        count++;
        up += q.up();
        down += q.down();
        lastId = Math.max(lastId, q.id());
        askers.add(q.asker());
        texts.merge(q.text().strip(), 1, Integer::sum);
        for (CitedPassage c : q.cited()) {
          passageCounts.merge(c.passageId(), 1, Integer::sum);
          passageLabels.putIfAbsent(c.passageId(), Labels.passage(c));
        }
      }
      // The bucket's most frequent verbatim wording represents it, weighted by the whole bucket.
      Map.Entry<String, Integer> best = texts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow();
      wordings.add(Map.entry(best.getKey(), b.questions.size()));
    }
    List<String> examples = wordings.stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(EXAMPLES).map(Map.Entry::getKey).toList();
    List<Tally> passages = passageCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(PASSAGES).map(e -> new Tally(e.getKey(), passageLabels.get(e.getKey()), e.getValue())).toList();
    return new Built(new QuestionGroup(count, askers.size(), examples, passages, up, down), lastId);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static final class Bucket {
    final String[] tokens;
    final List<LoggedQuestion> questions = new ArrayList<>();

    Bucket(String[] tokens) {
      this.tokens = tokens;
    }
  }

  private record Built(QuestionGroup group, long lastId) {}
}
