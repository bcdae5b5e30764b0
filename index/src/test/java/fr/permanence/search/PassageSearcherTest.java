package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.sources.CorpusSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Search over a real on-disk index of the default corpus, built once for the class. */
class PassageSearcherTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final int LIMIT = 10;

  @TempDir
  static Path data;
  private static PassageIndex index;
  private static PassageSearcher searcher;
  private static List<Passage> indexed;

  @BeforeAll
  static void build() throws IOException {
    index = PassageIndex.open(data.resolve("index"), new CorpusSource(CORPUS));
    searcher = new PassageSearcher(index.searchers(), Synonyms.read(CORPUS.resolve("lexicon")),
        Answerability.DEFAULT);
    indexed = new CorpusSource(CORPUS).passages();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static Stream<Arguments> hostileInputs() {
    return Stream.of(
        Arguments.of("lucene syntax", "title:foo AND (bar OR \"baz"),
        Arguments.of("wildcard", "*"),
        Arguments.of("question mark", "?"),
        Arguments.of("tilde", "télétravail~2 déconnexion~"),
        Arguments.of("backslashes", "\\\\ \\ \\\" \\u0000"),
        Arguments.of("ten thousand characters", "télétravail et droit à la déconnexion ".repeat(270)),
        Arguments.of("one ten-thousand-character word", "a".repeat(10_000)),
        Arguments.of("emoji only", "😀🔥👍🏽🇫🇷"),
        Arguments.of("empty", ""),
        Arguments.of("whitespace", " \t\n\u00a0\u2009 "),
        Arguments.of("only stop words", "le la les de"),
        Arguments.of("control characters", "\u0000\u0007CSE\u001b[31m télétravail\u007f"),
        Arguments.of("sql injection", "'; DROP TABLE passages; -- OR 1=1 /* CSE */"),
        Arguments.of("right-to-left marks", "\u202eCSE\u202c \u200fتيليتравail\u200e ?"),
        Arguments.of("lone surrogate", "CSE \ud83d télétravail"),
        Arguments.of("null", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void anyInputGetsAResultNeverAnException(String name, String question) {
    SearchResult result = searcher.search(question, LIMIT);
    assertNotNull(result);
    assertTrue(!result.problem().isEmpty() || !result.hits().isEmpty(), name + ": neither hits nor a problem");
    assertTrue(result.hits().size() <= LIMIT);
    if (result.hits().isEmpty()) {
      assertFalse(result.answerable(), name + ": answerable without a passage");
    }
  }

  @Test
  void emptyAndStopWordQuestionsSayWhy() {
    assertEquals("empty", searcher.search("", LIMIT).problem());
    assertEquals("empty", searcher.search("  \n ", LIMIT).problem());
    assertEquals("no-searchable-word", searcher.search("le la les de", LIMIT).problem());
    assertEquals("no-searchable-word", searcher.search("?!…", LIMIT).problem());
  }

  @Test
  void smallTalkIsRefusedWithoutSearching() {
    SearchResult result = searcher.search("Salut ! ça va de ton côté ?", LIMIT);
    assertEquals("small-talk", result.problem());
    assertTrue(result.hits().isEmpty());
    assertFalse(result.answerable());
    assertEquals("", searcher.search("salut, le CSE doit-il être consulté ?", LIMIT).problem());
  }

  @Test
  void articleQuestionsGetThatArticleFirst() {
    assertEquals("L2312-8", firstArticle("que dit l'article L2312-8 ?"));
    assertEquals("L2315-94", firstArticle("art L 2315-94"));
    assertEquals("L2242-17", firstArticle("L.2242-17"));
    assertEquals("L2312-8", firstArticle("Mon employeur respecte-t-il l’art. L. 2312-8 pour la badgeuse ?"));
    SearchResult result = searcher.search("que dit l'article L2312-8 ?", LIMIT);
    assertEquals(List.of("L2312-8"), result.references());
    assertEquals(List.of(), result.missingReferences());
    assertTrue(result.answerable());
  }

  private static String firstArticle(String question) {
    SearchResult result = searcher.search(question, LIMIT);
    assertFalse(result.hits().isEmpty(), question);
    Passage first = result.hits().get(0).passage();
    assertNotNull(first.article(), question + " → " + first.id());
    return first.article().number();
  }

  @Test
  void missingArticleIsReported() {
    SearchResult result = searcher.search("Que dit l'article L9999-99 sur le CSE ?", LIMIT);
    assertEquals(List.of("L9999-99"), result.references());
    assertEquals(List.of("L9999-99"), result.missingReferences());
    for (Hit hit : result.hits()) {
      assertTrue(hit.passage().article() == null || !hit.passage().article().number().equals("L9999-99"));
    }
  }

  @Test
  void wholeArticleInAnySpelling() {
    List<Passage> parts = indexed.stream()
        .filter(p -> p.article() != null && p.article().number().equals("L2242-17"))
        .sorted(Comparator.comparingInt(Passage::start)).toList();
    assertTrue(parts.size() > 1, "L2242-17 comes in several passages");
    Passage whole = searcher.article("l. 2242-17").orElseThrow();
    assertEquals(String.join("\n", parts.stream().map(Passage::text).toList()), whole.text());
    assertEquals("L2242-17", whole.article().number());
    assertEquals(parts.get(0).start(), whole.start());
    assertEquals(parts.get(parts.size() - 1).end(), whole.end());

    Passage single = searcher.article("l. 2315-94").orElseThrow();
    assertEquals("L2315-94", single.article().number());
    assertEquals(indexed.stream().filter(p -> p.article() != null && p.article().number().equals("L2315-94"))
        .findFirst().orElseThrow().text(), single.text());
    assertEquals(searcher.article("L2315-94"), searcher.article("art. L. 2315-94"));
    assertTrue(searcher.article("L9999-99").isEmpty());
    assertTrue(searcher.article("CSE").isEmpty());
  }

  @Test
  void passageByIdRoundTrips() {
    for (Passage p : List.of(indexed.get(0), indexed.get(indexed.size() / 2), indexed.get(indexed.size() - 1))) {
      assertEquals(p, searcher.passage(p.id()).orElseThrow(), p.id());
    }
    Passage hit = searcher.search("droit à la déconnexion", LIMIT).hits().get(0).passage();
    assertEquals(hit, searcher.passage(hit.id()).orElseThrow());
    assertTrue(searcher.passage("no-such-doc#p1-000000").isEmpty());
  }

  @Test
  void acronymFindsThePassagesThatSpellItOut() {
    SearchResult result = searcher.search("Le CSE doit-il être consulté avant une nouvelle technologie ?", LIMIT);
    assertTrue(result.answerable());
    assertTrue(result.hits().stream().limit(5).anyMatch(h ->
        h.passage().text().toLowerCase(Locale.ROOT).contains("comité social et économique")),
        "a passage naming the comité social et économique in the first five");
    assertFalse(result.hits().get(0).highlights().isEmpty(), "best sentences of the first hit");
  }

  /**
   * The sentence that states the rule is quoted first even when it is long: sentence lengths are
   * normalised against the texts' own (SentenceScorer), so L1225-35's rule beats its short
   * sentence repeating the question's words ("… entraîne la suspension du contrat de travail").
   */
  @Test
  void theLongSentenceStatingTheDurationIsQuotedFirst() {
    Hit first = searcher.search("combien de temps dure le congé de paternité ?", LIMIT).hits().get(0);
    assertEquals("L1225-35", first.passage().article().number());
    assertTrue(first.highlights().get(0).contains("vingt-cinq jours calendaires"), first.highlights().get(0));
  }

  /** Context sentences naming unknown tools, companies, cities and times (this test's own sentences). */
  static Stream<Arguments> situations() {
    return Stream.of(
        Arguments.of("Le CSE doit-il être consulté avant l'introduction d'une nouvelle technologie ?",
            "Je suis technicienne chez Zorglub Industries à Quimper depuis 2019. Notre DSI déploie ServiceNow "
                + "et un ERP maison le mois prochain. "),
        Arguments.of("Le CSE peut-il faire appel à un expert quand l'employeur introduit une nouvelle technologie ?",
            "On est 300 chez Kwyxz Solutions, une ESN de Clermont-Ferrand. La direction installe un keylogger "
                + "sur les postes en septembre. "),
        Arguments.of("Existe-t-il un droit à la déconnexion pour les salariés ?",
            "Mon manager m'envoie des messages Slack à 23h et le dimanche depuis notre passage sur Uber Eats for Business. "
                + "Je bosse à Lille en hybride. "));
  }

  @ParameterizedTest
  @MethodSource("situations")
  void contextNeverTurnsAnAnsweredQuestionIntoARefusal(String question, String context) {
    SearchResult alone = searcher.search(question, LIMIT);
    SearchResult withContext = searcher.search(context + question, LIMIT);
    assertTrue(alone.answerable(), "answered alone: " + question);
    assertTrue(withContext.answerable(), "still answered with its context: " + context);
    // What is asked still leads: the first three passages with context include one of the first five alone.
    List<String> aloneTop = alone.hits().stream().limit(5).map(h -> h.passage().id()).toList();
    List<String> contextTop = withContext.hits().stream().limit(3).map(h -> h.passage().id()).toList();
    assertTrue(contextTop.stream().anyMatch(aloneTop::contains), contextTop + " share nothing with " + aloneTop);
  }

  /**
   * Misspellings of the field's words (this test's own sentences): the first passage says the word
   * the member meant, as it would for the word well spelt; without corrections it does not.
   */
  static Stream<Arguments> misspellings() {
    return Stream.of(
        // Two letters swapped: the texts write "télétravail".
        Arguments.of("le teletravial est un droit ?", "télétravail"),
        // Two letters swapped: "licenciement".
        Arguments.of("préavis de licneciement ?", "licenciement"),
        // Two letters swapped, the accent kept: "supplémentaires".
        Arguments.of("heures supplémetnaires non payées ?", "supplémentaire"),
        // A letter dropped: "conventionnelle".
        Arguments.of("rupture conventionelle et chomage ?", "conventionnelle"));
  }

  @ParameterizedTest
  @MethodSource("misspellings")
  void aMisspeltWordFindsWhatTheWordWould(String question, String meant) throws IOException {
    SearchResult corrected = searcher.search(question, LIMIT);
    assertTrue(corrected.hits().get(0).passage().text().toLowerCase(Locale.ROOT).contains(meant),
        corrected.hits().get(0).passage().id());
  }

  @Test
  void aMisspellingTheStemmerAbsorbsNeedsNoCorrection() {
    // "licenciment" (a letter dropped) stems as "licenciement" does: the dismissal articles either way.
    assertTrue(searcher.search("licenciment pour faute grave", LIMIT).hits().stream().limit(3)
        .allMatch(h -> h.passage().text().toLowerCase(Locale.ROOT).contains("licenci")));
  }

  @Test
  void withoutCorrectionsTheSwappedLettersFindNoTelework() throws IOException {
    PassageSearcher uncorrected = new PassageSearcher(index.searchers(), Synonyms.read(CORPUS.resolve("lexicon")),
        Answerability.DEFAULT, RankingParameters.DEFAULTS.with("typoWeight", 0));
    assertFalse(uncorrected.search("le teletravial est un droit ?", LIMIT).hits().stream().limit(3)
        .anyMatch(h -> h.passage().text().contains("télétravail")));
  }
}
