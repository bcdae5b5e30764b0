package fr.permanence.search;

import fr.permanence.analysis.Synonyms;
import fr.permanence.sources.CorpusSource;
import java.io.IOException;
import java.nio.file.Path;

/** The default corpus (../corpus) indexed in a folder, searched with its lexicon and the default answerability. */
final class DefaultCorpus implements AutoCloseable {
  static final Path CORPUS = Path.of("..", "corpus");

  private final PassageIndex index;
  private final PassageSearcher searcher;

  DefaultCorpus(Path data) throws IOException {
    index = PassageIndex.open(data.resolve("index"), new CorpusSource(CORPUS));
    searcher = new PassageSearcher(index.searchers(), Synonyms.read(CORPUS.resolve("lexicon")), Answerability.DEFAULT);
  }

  PassageSearcher searcher() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
