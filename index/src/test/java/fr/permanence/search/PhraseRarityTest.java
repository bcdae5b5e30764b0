package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A multi-word concept weighs by its own rarity: an institution's name in half the texts weighs
 * less than its three words would, a rare phrase of common words more. Sixteen passages: six name
 * the institution, one has the rare phrase, nine have one or both of its words apart.
 */
class PhraseRarityTest {
  private static final List<String> TEXTS = List.of(
      "comite social economique consulte", "comite social economique consulte", "comite social economique consulte",
      "comite social economique consulte", "comite social economique consulte", "comite social economique consulte",
      "controle activite salaries",
      "controle horaires", "controle horaires", "controle medical", "controle medical",
      "activite partielle", "activite partielle", "activite saisonniere", "activite saisonniere",
      "controle du travail et activite");

  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < TEXTS.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "p" + i, Field.Store.YES));
        doc.add(new TextField("text", TEXTS.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static PhraseQuery phrase(String words) {
    return new PhraseQuery("text", words.split(" "));
  }

  @Test
  void aRarePhraseOfCommonWordsWeighsMoreAndACommonNameLess() throws IOException {
    PhraseRarity half = new PhraseRarity(0.5);
    // "controle activite": one passage of sixteen, each word in six: (1 + idf(1) / (idf(6) + idf(6))) / 2.
    assertEquals(1.1312981164794382, half.factor(searcher, phrase("controle activite")), 1e-9);
    // "comite social economique": six passages, each word in the same six: (1 + 1/3) / 2.
    assertEquals(0.6666666666666666, half.factor(searcher, phrase("comite social economique")), 1e-9);
    // A phrase found nowhere adds nothing, whatever its factor.
    assertEquals(1.0, half.factor(searcher, phrase("activite controle")), 1e-9);
    assertEquals(1.0, half.factor(searcher, phrase("controle inconnu")), 1e-9);
  }

  @Test
  void theRareConceptOutranksTheInstitutionsName() throws IOException {
    assertEquals("p0", best(new PhraseRarity(0)), "Lucene sums the words' idf: the common name wins");
    assertEquals("p6", best(new PhraseRarity(1)), "the phrase's own rarity: the rare concept wins");
  }

  @Test
  void weighingNothingLeavesThePhraseAsItIs() {
    PhraseQuery p = phrase("comite social economique");
    assertSame(p, new PhraseRarity(0).wrap(p));
    assertEquals("rare(text:\"comite social economique\")", new PhraseRarity(0.5).wrap(p).toString());
    assertThrows(IllegalArgumentException.class, () -> new PhraseRarity(1.5));
  }

  private static String best(PhraseRarity rarity) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(rarity.wrap(phrase("comite social economique")), BooleanClause.Occur.SHOULD)
        .add(rarity.wrap(phrase("controle activite")), BooleanClause.Occur.SHOULD)
        .build();
    ScoreDoc top = searcher.search(query, 1).scoreDocs[0];
    return searcher.storedFields().document(top.doc).get("id");
  }
}
