package fr.permanence.app;

import fr.permanence.analysis.Synonyms;
import fr.permanence.answer.AnswerComposer;
import fr.permanence.files.OwnerOnly;
import fr.permanence.sources.CorpusSource;
import fr.permanence.search.Answerability;
import fr.permanence.search.PassageIndex;
import fr.permanence.search.PassageSearcher;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's core, opened from settings: the index (built if needed), the searcher, the answerer.
 *
 * <p>Opened and closed by one thread; between the two, its searcher and answerer are used from
 * the adapters' threads, each with the guarantee its own class states.
 */
public final class Permanence implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Permanence.class);
  private final Settings settings;
  private final PassageIndex index;
  private final PassageSearcher searcher;
  private final AnswerComposer composer;

  private Permanence(Settings settings, PassageIndex index, PassageSearcher searcher, AnswerComposer composer) {
    this.settings = settings;
    this.index = index;
    this.searcher = searcher;
    this.composer = composer;
  }

  /** Opens everything; builds the index first when it is missing or the corpus changed. */
  public static Permanence open(Settings settings) throws IOException {
    // The data folder reveals union membership: owner-only, even when an older version made it readable.
    OwnerOnly.createDirectories(settings.dataDir());
    OwnerOnly.restrict(settings.dataDir());
    // The lexicon is analysed on another core while the index is checked and opened: each takes
    // a good part of a one-shot command's start.
    CompletableFuture<Synonyms> lexicon = CompletableFuture.supplyAsync(() -> lexicon(settings));
    PassageIndex index = PassageIndex.open(settings.indexDir(), new CorpusSource(settings.corpusDir()));
    Synonyms synonyms;
    try {
      synonyms = lexicon.join();
    } catch (CompletionException e) {
      index.close();
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    PassageSearcher searcher = new PassageSearcher(index.searchers(), synonyms, Answerability.DEFAULT);
    AnswerComposer composer = new AnswerComposer(searcher::search, searcher::article, settings.contact());
    return new Permanence(settings, index, searcher, composer);
  }

  /** The lexicon's synonym rules, or none (said in the log) when the lexicon is missing. */
  private static Synonyms lexicon(Settings settings) {
    if (!Files.exists(settings.synonyms())) {
      // Answers still work without the lexicon, but members' own words ("heures sup", "viré") no
      // longer reach the texts': an operator must hear of it, not find out from worse answers.
      LOG.warn("Lexique introuvable : {} ; les questions sont cherchées sans synonymes.", settings.synonyms());
      return Synonyms.none();
    }
    try {
      return Synonyms.read(settings.synonyms());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Settings settings() {
    return settings;
  }

  public PassageIndex index() {
    return index;
  }

  public PassageSearcher searcher() {
    return searcher;
  }

  public AnswerComposer composer() {
    return composer;
  }

  @Override
  public void close() throws IOException {
    try {
      searcher.close();
    } finally {
      index.close();
    }
  }
}
