package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.analysis.FrenchDictionary;
import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question word the texts never use, one or two letters off one they use, is also searched as
 * that word; French words the texts lack, names, acronyms, short words and non-words close to
 * nothing are left alone, and the evidence of an answer is that of the question well spelt.
 */
class TyposTest {
  private static Passage passage(String id, String text) {
    return new Passage(id, "doc", "Doc", 1, "", text, 0, text.length(), null);
  }

  /** Each word a correction may land on is in two passages: a word written once may be an artefact. */
  private static final List<Passage> PASSAGES = List.of(
      passage("doc#licenciement", "Le licenciement pour motif personnel repose sur une cause réelle et sérieuse."),
      passage("doc#licenciement-2", "La lettre de licenciement énonce le motif du licenciement."),
      passage("doc#teletravail", "Le télétravail est mis en place par un accord collectif ou une charte."),
      passage("doc#teletravail-2", "En télétravail, le salarié a les mêmes droits que dans les locaux."),
      passage("doc#conges", "Le salarié a droit à un congé de deux jours et demi ouvrables par mois de travail effectif."),
      passage("doc#conges-2", "La durée du congé est fixée par l'accord collectif."),
      passage("doc#grossesse", "La salariée en état de grossesse médicalement constaté est protégée."),
      passage("doc#grossesse-2", "La grossesse ouvre droit à un congé de maternité."),
      passage("doc#dotation", "La dotation de l'employeur au budget des activités sociales."),
      passage("doc#dotation-2", "Le montant de la dotation est fixé par accord."));

  private static final PassageSource SOURCE = new FixedSource("typos-test-1", PASSAGES);

  @TempDir
  static Path dir;
  private static PassageIndex index;
  private static Typos typos;

  @BeforeAll
  static void build() {
    index = PassageIndex.open(dir, SOURCE);
    FrenchLegalAnalyzer analyzer = new FrenchLegalAnalyzer();
    typos = new Typos(analyzer, new FrenchLegalAnalyzer(Synonyms.none()), new MissingAccents(analyzer, FrenchDictionary::get), FrenchDictionary::get);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static String corrections(String text) throws IOException {
    IndexSearcher searcher = index.searchers().acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      return typos.corrections(reader, text);
    } finally {
      index.searchers().release(searcher);
    }
  }

  @Test
  void oneSlipInAWordTheTextsUseGetsThatWord() throws IOException {
    assertEquals("teletravail", corrections("le teletravial c'est un droit ?"), "two letters swapped");
    assertEquals("licenciement", corrections("licenciemnt pour motif personnel"), "a letter dropped");
    assertEquals("licenciement", corrections("une lettre de licenciemment"), "a letter doubled");
    assertEquals("dotation", corrections("la dotaiton du budget"), "two letters swapped, mid-length word");
  }

  @Test
  void anArticleTypedWithoutItsApostropheIsTakenOffAWordTheTextsUse() throws IOException {
    assertEquals("accord", corrections("signer laccord collectif"), "not French, and the rest is");
    assertEquals("employeur", corrections("lemployeur refuse"));
    assertEquals("IA", corrections("les effets de lIA sur l'emploi"), "an acronym keeps its capitals");
    assertEquals("", corrections("lemporte"), "the rest is a word the texts lack");
    assertEquals("", corrections("lavage des mains"), "a French word stays as it is");
  }

  @Test
  void aLongWordMayHaveTwoSlips() throws IOException {
    assertEquals("licenciement", corrections("licensiemnt"));
    // A word of eight letters gets one edit only: two would reach too many other words.
    assertEquals("", corrections("dotaitno"));
  }

  @Test
  void wordsTheTextsUseFrenchWordsAndShortWordsStayAsTheyAre() throws IOException {
    assertEquals("", corrections("licenciement et télétravail"), "words of the texts");
    // French words the texts lack, each one letter from a word they use: no typo.
    assertEquals("", corrections("un grossiste"), "not grossesse");
    assertEquals("", corrections("une donation"), "not dotation");
    assertEquals("", corrections("des crepes"), "a French word written without its accent");
    assertEquals("", corrections("un cnogé"), "five letters: too short to correct");
  }

  @Test
  void namesAcronymsAndNonWordsAreNotCorrected() throws IOException {
    assertEquals("", corrections("je travaille chez Dotaiton"), "a capitalised name");
    assertEquals("", corrections("le TELETRAVIAL"), "an acronym");
    assertEquals("", corrections("xqzwvyplk blorptek"), "close to nothing");
  }

  @Test
  void theCorrectionFindsThePassageAndTheEvidenceIsThatOfTheWordMeant() {
    PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
    SearchResult misspelt = searcher.search("teletravial ?", 5);
    SearchResult spelt = searcher.search("teletravail ?", 5);
    // The two passages with the word first (their neighbours in the document follow).
    assertEquals(List.of("doc#teletravail", "doc#teletravail-2"),
        misspelt.hits().stream().map(h -> h.passage().id()).limit(2).sorted().toList());
    // No more certain than the question well spelt, and no less: the same evidence, the same decision.
    assertEquals(spelt.evidence(), misspelt.evidence());
    assertEquals(spelt.answerable(), misspelt.answerable());
  }

  @Test
  void aTypoWeightOfZeroCorrectsNothing() {
    PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT,
        RankingParameters.DEFAULTS.with("typoWeight", 0));
    assertTrue(searcher.search("teletravial ?", 5).hits().isEmpty());
  }

  @Test
  void closingTheSearcherLeavesNoDictionaryLoadingBehind() {
    PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
    searcher.preloadDictionary();
    searcher.close();
    // The launcher's class-data archive is written at exit: no loading may run past the searcher.
    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.isAlive() && t.getName().equals("french-dictionary")));
  }
}
