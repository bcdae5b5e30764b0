package fr.permanence.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of the period as trainers see it in the list.
 *
 * @param question the question as logged
 * @param themes its themes, most telling first (may be empty)
 * @param outcome what happened to it
 * @param flags why its answer is probably wrong (empty when nothing says so)
 * @param sources the titles of what its answer quoted ("Code du travail, L. 2312-8", "Guide du CSE — Le budget")
 * @param documents the documents quoted, by title, for the "document cited" filter
 */
public record QuestionEntry(
    LoggedQuestion question, List<String> themes, Outcome outcome, Set<Flag> flags, List<String> sources,
    List<String> documents) {
  public QuestionEntry {
    Objects.requireNonNull(question, "question");
    themes = List.copyOf(themes);
    flags = Set.copyOf(flags);
    sources = List.copyOf(sources);
    documents = List.copyOf(documents);
  }

  /** The theme it is counted under first, or "Sans thème". */
  public String mainTheme() {
    return themes.isEmpty() ? Analysis.NO_THEME : themes.getFirst();
  }

  /** What happened to a question. */
  public enum Outcome {
    ANSWERED("répondue"),
    UNANSWERED("sans réponse"),
    /** Not a question: a command typed in the channel, a lone word, a rating sent as text. */
    NOISE("hors question");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
