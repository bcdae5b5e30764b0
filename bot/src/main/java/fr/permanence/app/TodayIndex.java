package fr.permanence.app;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.report.Reasker;
import fr.permanence.search.Hit;
import fr.permanence.search.PassageSearcher;
import fr.permanence.search.SearchResult;
import java.util.List;
import java.util.Optional;

/** Asks the report's unanswered questions again against the index as it is today. */
public final class TodayIndex {
  /** The sources named for a question answered now: the ones an answer would quote first. */
  private static final int SOURCES = 2;

  private TodayIndex() {}

  /** A {@link Reasker} over {@code searcher}: the titles of what would be quoted, when the question is answerable now. */
  public static Reasker reasker(PassageSearcher searcher) {
    return question -> {
      SearchResult result = searcher.search(question, SOURCES);
      if (!result.answerable()) {
        return Optional.empty();
      }
      List<String> titles = result.hits().stream().map(Hit::passage).map(TodayIndex::title).distinct().toList();
      return Optional.of(titles);
    };
  }

  private static String title(Passage p) {
    if (p.article() != null) {
      return p.title() + ", " + Article.displayNumber(p.article().number());
    }
    return p.section().isBlank() ? p.title() : p.title() + " — " + p.section();
  }
}
