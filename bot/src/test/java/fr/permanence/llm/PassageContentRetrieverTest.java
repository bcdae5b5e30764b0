package fr.permanence.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassageContentRetrieverTest {
  @Test
  void hitsBecomeContentsWithTheirSources() {
    List<String> asked = new ArrayList<>();
    PassageContentRetriever retriever = new PassageContentRetriever(q -> {
      asked.add(q);
      return Fixtures.HITS.subList(0, 2);
    });
    List<Content> contents = retriever.retrieve(Query.from("consultation CSE"));
    assertEquals(List.of("consultation CSE"), asked);
    assertEquals(2, contents.size());
    assertEquals(Fixtures.ARTICLE.text(), contents.get(0).textSegment().text());
    assertEquals(Map.of("passage_id", "cdt#L2312-8", "doc", "cdt", "title", "Code du travail", "page", 0,
        "section", "", "article", "L2312-8", "url", Fixtures.L2312_8_URL, "kind", "code", "reference", "",
        "source", "Code du travail, art. L. 2312-8"), contents.get(0).textSegment().metadata().toMap());
    assertEquals("Guide du délégué CSE, p. 12, « Consultations »",
        contents.get(1).textSegment().metadata().getString(PassageContentRetriever.SOURCE));
    assertEquals(8.0, contents.get(1).metadata().get(ContentMetadata.SCORE));
  }
}
