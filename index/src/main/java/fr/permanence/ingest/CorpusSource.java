package fr.permanence.ingest;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.corpus.Corpus;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import fr.permanence.corpus.SourceDocument;
import fr.permanence.legi.CodeDuTravailFile;
import java.util.ArrayList;
import java.util.List;

/** The passages of every document of a corpus folder, repaired and cut, and its Code du travail articles. */
public final class CorpusSource implements PassageSource {
  private final Corpus corpus;
  private final DocumentIngester ingester = new DocumentIngester();

  public CorpusSource(Corpus corpus) {
    this.corpus = corpus;
  }

  @Override
  public String fingerprint() {
    return corpus.fingerprint(DocumentIngester.VERSION + "/" + FrenchLegalAnalyzer.VERSION);
  }

  @Override
  public List<Passage> passages() {
    List<Passage> passages = new ArrayList<>();
    for (SourceDocument document : corpus.documents()) {
      passages.addAll(ingester.passages(document));
    }
    corpus.codeDuTravail().ifPresent(file -> passages.addAll(CodeDuTravailFile.read(file)));
    return passages;
  }
}
