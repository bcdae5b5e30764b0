package fr.permanence.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceLabel;
import fr.permanence.search.Hit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The project's passage search as a langchain4j {@link ContentRetriever}: each hit becomes a
 * {@link Content} whose text is the passage, verbatim, and whose metadata say where it comes from
 * (keys below), so that prompts and citations can be built from the content alone.
 *
 * <p>Thread-safe when its search function is: it keeps nothing between calls.
 */
public final class PassageContentRetriever implements ContentRetriever {
  public static final String PASSAGE_ID = "passage_id";
  public static final String DOC = "doc";
  public static final String TITLE = "title";
  public static final String PAGE = "page";
  public static final String SECTION = "section";
  public static final String ARTICLE = "article";
  public static final String URL = "url";
  /** The kind of source (document, code, fiche, convention): how its citation reads. */
  public static final String KIND = "kind";
  /** An agreement's own article number ("art. 3.4"), or "". */
  public static final String REFERENCE = "reference";
  /** The human-readable source label: "Code du travail, art. L. 2312-8" or "Guide CSE, p. 12, « Consultations »". */
  public static final String SOURCE = "source";

  private final Function<String, List<Hit>> search;

  /** @param search finds the hits for a question, best first (e.g. {@code q -> searcher.search(q, 5).hits()}) */
  public PassageContentRetriever(Function<String, List<Hit>> search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public List<Content> retrieve(Query query) {
    return contents(search.apply(query.text()));
  }

  /** The hits as contents, in the same order. */
  public static List<Content> contents(List<Hit> hits) {
    return hits.stream().map(PassageContentRetriever::content).toList();
  }

  /** One hit as a content carrying its passage's text and source. */
  public static Content content(Hit hit) {
    Passage p = hit.passage();
    Metadata metadata = new Metadata()
        .put(PASSAGE_ID, p.id())
        .put(DOC, p.doc())
        .put(TITLE, p.title())
        .put(PAGE, p.page())
        .put(SECTION, p.section())
        .put(ARTICLE, p.article() == null ? "" : p.article().number())
        .put(URL, p.url())
        .put(KIND, p.kind().label())
        .put(REFERENCE, p.reference())
        .put(SOURCE, sourceLabel(p));
    return Content.from(TextSegment.from(p.text(), metadata), Map.of(ContentMetadata.SCORE, (double) hit.score()));
  }

  /** How a passage's source is named to the model and to the member. */
  public static String sourceLabel(Passage p) {
    return SourceLabel.forModel(p.title(), p.page(), p.section(), p.article() == null ? "" : p.article().number());
  }
}
