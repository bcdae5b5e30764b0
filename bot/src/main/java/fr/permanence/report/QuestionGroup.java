package fr.permanence.report;

import java.util.List;

/**
 * Questions that count as one: near-identical wordings, or answered by the same best passage.
 *
 * @param count how many questions
 * @param members how many distinct members asked them
 * @param examples up to three wordings, the most frequent first, verbatim
 * @param passages the passages their answers quoted, most quoted first
 * @param up 👍 received
 * @param down 👎 received
 */
public record QuestionGroup(
    int count, int members, List<String> examples, List<Tally> passages, int up, int down) {
  public QuestionGroup {
    examples = List.copyOf(examples);
    passages = List.copyOf(passages);
  }

  /** The wording that stands for the group. */
  public String label() {
    return examples.isEmpty() ? "" : examples.getFirst();
  }

  /** Share of 👍 among ratings, or -1 when nobody rated. */
  public int satisfactionPercent() {
    return up + down == 0 ? -1 : Math.round(100f * up / (up + down));
  }
}
