package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PreAnalysedTest {
  private static final List<Passage> PASSAGES = List.of(
      new Passage("guide#p1", "guide", "Guide du délégué", 1, "L'IA au travail",
          "Le CSE est informé et consulté (art. L. 2312-8) : l'AI Act s'applique aussi. Jusqu'où ?", 0, 80, null),
      new Passage("guide#p2", "guide", "Guide du délégué", 2, "Consultations",
          "Les élus du CSE, dans les entreprises d'au moins cinquante salariés, peuvent recourir à un expert.", 0, 90,
          null),
      new Passage("cdt#L3141-3", "code-du-travail", "Code du travail", 0, "Sous-section 1 : Ordre public",
          "Le salarié a droit à un congé de deux jours et demi ouvrables par mois.", 0, 70,
          new Article("L3141-3", "LEGIARTI000000000001",
              "Partie législative > Troisième partie > Livre Ier > Titre IV : Congés payés et autres congés",
              "2016-08-10", "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000000000001")),
      new Passage("fiche#la-rupture-conventionnelle/s2", "fiches-travail", "La rupture conventionnelle", 0,
          "Délai de rétractation", "Chaque partie dispose d'un délai de quinze jours calendaires (article L1237-13).",
          0, 60, null, SourceKind.FICHE, "https://code.travail.gouv.fr/fiche-ministere-travail/la-rupture-conventionnelle",
          "", List.of("L1237-13")),
      new Passage("kali#a1", "convention-1486", "Convention collective Syntec", 0, "Article 4",
          "La période d'essai des ingénieurs et cadres est de 4 mois, renouvelable une fois.", 0, 80, null,
          SourceKind.CONVENTION, "", "Art. 4", List.of()));

  @Test
  void aPreAnalysedDocumentIndexesExactlyWhatTheWriterWouldHave() throws IOException {
    String byWriter = dump(d -> d);
    String ahead = dump(d -> PreAnalysed.of(d, PassageIndex.analyzer()));
    assertTrue(byWriter.contains("l2312_8"), byWriter); // the reference rewritten into one token
    assertEquals(byWriter, ahead);
  }

  /** Every term, posting, position, offset, norm and stored value of an index of {@link #PASSAGES}. */
  private static String dump(UnaryOperator<Document> prepare) throws IOException {
    Map<String, Integer> citing = ArticlePrior.citingSections(PASSAGES);
    Map<String, String> neighbours = PassageFields.neighbours(PASSAGES);
    StringBuilder out = new StringBuilder();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(PassageIndex.analyzer()))) {
        for (Passage p : PASSAGES) {
          w.addDocument(prepare.apply(PassageFields.toDocument(p, citing, neighbours, List.of(), "", "")));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        TreeSet<String> fields = new TreeSet<>();
        leaf.getFieldInfos().forEach(info -> fields.add(info.name));
        for (String field : fields) {
          FieldInfo info = leaf.getFieldInfos().fieldInfo(field);
          out.append(field).append(' ').append(info.getIndexOptions()).append(" norms:").append(info.hasNorms())
              .append('\n');
          Terms terms = leaf.terms(field);
          if (terms != null) {
            out.append(" docs ").append(terms.getDocCount()).append(" sum ").append(terms.getSumTotalTermFreq())
                .append('\n');
            TermsEnum te = terms.iterator();
            while (te.next() != null) {
              out.append(' ').append(te.term().utf8ToString()).append(':');
              PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
              while (pe.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                out.append(" d").append(pe.docID()).append('x').append(pe.freq());
                if (info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                  for (int i = 0; i < pe.freq(); i++) {
                    out.append(" p").append(pe.nextPosition()).append('[').append(pe.startOffset()).append(',')
                        .append(pe.endOffset()).append(']');
                  }
                }
              }
              out.append('\n');
            }
          }
          if (info.hasNorms()) {
            NumericDocValues norms = leaf.getNormValues(field);
            out.append(" norms");
            while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
              out.append(" d").append(norms.docID()).append('=').append(norms.longValue());
            }
            out.append('\n');
          }
        }
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          List<String> stored = new ArrayList<>();
          leaf.storedFields().document(doc).forEach(f -> stored.add(f.name() + "=" + f.stringValue()));
          out.append("stored d").append(doc).append(' ').append(stored).append('\n');
        }
      }
    }
    return out.toString();
  }
}
