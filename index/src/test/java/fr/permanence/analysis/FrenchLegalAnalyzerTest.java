package fr.permanence.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index analysis chain: input text to the exact terms indexed. */
class FrenchLegalAnalyzerTest {
  private static final Analyzer ANALYZER = new FrenchLegalAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return Terms.of(analyzer, text);
  }

  private static List<String> terms(String text) {
    return terms(ANALYZER, text);
  }

  @Test
  void elisionWithStraightAndCurlyApostrophes() {
    assertEquals(List.of("employeur", "entrepris", "employeur", "entrepris"),
        terms("l'employeur d'entreprise l’employeur d’entreprise"));
    assertEquals(List.of("octobr", "employeur", "entrepris", "inform", "ile", "autr"),
        terms("jusqu’octobre lorsqu'employeur puisqu’entreprise quoiqu'informé presqu’île quelqu'autre"));
  }

  @Test
  void lowercaseStemmingAndAccentFolding() {
    assertEquals(List.of("salari", "elu", "comit", "econom"), terms("Les Salariés ÉLUS du Comité Économique"));
    assertEquals(List.of("teletravail", "deconnexion", "licenci", "licenci"),
        terms("Télétravail DÉCONNEXION licenciements licenciement"));
    // Accents folded after stemming: with or without them, one term.
    assertEquals(terms("délégué syndical"), terms("delegue syndical"));
  }

  /** Word forms members and texts use for one thing: one term each (Snowball, after plurals are made singular). */
  @ParameterizedTest
  @ValueSource(strings = {
      "revendique revendiquons revendiquent revendication revendications",
      "appliqué application appliquer appliquée",
      "embauchent embauches embauche embaucher embauché",
      "paie payer payé payés payée",
      "élu élus élue élues",
      "salarié salariés salariée salariées",
      "licencié licenciée licenciés licenciement licenciements licencier",
      "consultation consulter consulté consultés",
      "travaillons travaillent travaille",
      "essai essais",
      "indemnité indemnités"})
  void wordFormsShareOneTerm(String forms) {
    List<String> terms = terms(forms);
    assertEquals(1, terms.stream().distinct().count(), forms + " -> " + terms);
  }

  @Test
  void licencierKeepsToItsFamilyAndApartFromLicence() {
    assertEquals(List.of("licenci"), terms("licencie licencies licencient licenciez licencions licenciee licenciees"
        + " licencierent licencier licencié licenciée licenciés licenciement licenciements").stream().distinct().toList());
    assertEquals(List.of("licence", "licence"), terms("licence licences"));
    // A quoted "licence professionnelle" and a member's "il me licencie" no longer share a term.
    assertEquals(List.of("licenci"), terms("il me licencie"));
  }

  @Test
  void directionKeepsApartFromDirectAndDirectement() {
    assertEquals(List.of("direction", "direction"), terms("direction directions"));
    assertEquals(List.of("direct", "direct", "direct"), terms("direct directe directement"));
    // "Le patron" expands to "la direction", which no longer finds "expression directe".
    assertEquals(List.of("express", "direct"), terms("expression directe"));
  }

  /** Words Snowball gives one stem although they share nothing but their first letters. */
  @Test
  void unrelatedWordsSnowballJoinsKeepApart() {
    assertEquals(List.of("del", "del", "delit", "delit"), terms("le délai, les délais, un délit, des délits"));
    assertEquals(List.of("major", "major", "majorite"), terms("majorées, majoration, à la majorité"));
    assertEquals(List.of("depart", "depart", "departement", "departement"),
        terms("son départ, les départs, le département, les départements"));
    assertEquals(List.of("collecte", "collecte", "collecte", "collect", "collect", "collect"),
        terms("collecter, la collecte, collectées ; collectif, collectives, collectivement"));
    assertEquals(List.of("pai", "pai", "pai", "pay"), terms("paie, paye, payer ; pays"));
    assertEquals(List.of("avenant", "avenant", "aven"), terms("un avenant, des avenants, l'avenir"));
    assertEquals(List.of("notamment", "not", "not"), terms("notamment ; une note, noter"));
    assertEquals(List.of("falloir", "faut", "faut"), terms("faut-il ; une faute, des fautes"));
    assertEquals(List.of("mari", "mari", "mari", "mari", "mar"), terms("je me marie, ils se marient, marier, mariée ; mars"));
    assertEquals(List.of("astreinte", "astreinte", "astreint", "astreint", "secret"),
        terms("une astreinte, des astreintes ; astreint à, astreints au secret"));
  }

  /** A week-end is one word, however written: not a "week" and an "end" counted with their proximity. */
  @Test
  void aWeekEndIsOneWord() {
    assertEquals(List.of("weekend", "weekend", "weekend", "weekend", "travail"),
        terms("le week-end, les week-ends, un weekend, le week end ; travail"));
  }

  @Test
  void wordsThatLookLikeVerbPluralsAreNotCut() {
    assertEquals(List.of("client", "agent", "accident", "question", "raison"),
        terms("client agent accident questions raisons"));
  }

  @Test
  void proportionalityAndProportionedStayApart() {
    // A derivation Snowball does not join (known limit): the lexicon, not the stemmer, would have to.
    assertEquals(List.of("proportionnal", "proportion"), terms("proportionnalité proportionnées"));
  }

  @Test
  void capitalisedAcronymsThatSpellStopWordsStay() {
    assertEquals(List.of("ai", "act", "interd"), terms("L'AI Act interdit"));
    assertEquals(List.of("ca", "augment"), terms("leur CA augmente"));
    assertEquals(List.of("ce", "dp"), terms("le CE et la DP"));
    // In lowercase they are the stop words they spell.
    assertEquals(List.of("augment", "vu"), terms("ça augmente, j'ai vu"));
    // A run of capitals is a heading or shouting: its stop words go.
    assertEquals(List.of("cse", "elu"), terms("LE CSE ET LES ÉLUS"));
    assertEquals(List.of("loi"), terms("CE QUE DIT LA LOI"));
  }

  @Test
  void stopWordsAndQuestionWordsAreDropped() {
    assertEquals(List.of(), terms("le la les de"));
    assertEquals(List.of(), terms("Est-ce que c'est quoi ? Comment ? Pourquoi ?"));
    assertEquals(List.of("droit", "deconnexion"), terms("C'est quoi le droit à la déconnexion ?"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"L.2312-8", "L. 2312-8", "L 2312-8", "article L2312-8", "art. L. 2312-8", "Art L.2312-8",
      "l'article L. 2312-8", "L2312-8", "L. 2312‑8", "L. 2312 - 8"})
  void legalReferenceIsOneTokenInEverySpelling(String spelling) {
    assertEquals(List.of("l2312_8"), terms(spelling));
  }

  @Test
  void regulatoryDecreeSiblingAndThreePartReferences() {
    assertEquals(List.of("r2315_47"), terms("R. 2315-47"));
    assertEquals(List.of("d4121_5"), terms("D4121-5"));
    assertEquals(List.of("l2312_37", "l2312_38"), terms("L. 2312-37/38"));
    assertEquals(List.of("l1222_9_1"), terms("L1222-9-1"));
    assertEquals(List.of("consult", "cse", "l2312_8", "expert", "r2315_47"),
        terms("consultation du CSE (art. L. 2312-8), expert (R. 2315-47)"));
  }

  @Test
  void numbersThatAreNotReferencesStayAsTheyAre() {
    assertEquals(List.of("l2312"), terms("L2312"));
    assertEquals(List.of("2312", "8"), terms("l. 2312 8"));
    assertEquals(List.of("co2", "b2b"), terms("CO2 B2B"));
  }

  /** "Maintenant" and chat's placeholders carry nothing to search; "maintenance" stays. */
  @Test
  void chatFillersAreStopWords() {
    assertEquals(List.of("entretien", "mainten"),
        terms("l'entretien c'est tous les combien maintenant ? un truc, des trucs, un machin, la maintenance"));
    // "Parce que" is no park, "trois fois" no faith.
    assertEquals(List.of("retard", "3", "bon", "foi"), terms("parce que retard 3 fois, la bonne foi"));
  }

  /** A unit of time glued to its number gives the terms of the unit written out, in questions and texts alike. */
  @Test
  void numberGluedToAUnitOfTimeIsPartedFromIt() {
    assertEquals(List.of("32", "heur", "hebdo"), terms("32h/hebdo"));
    assertEquals(terms("35 heures"), terms("35h"));
    assertEquals(List.of("35", "heur"), terms("35H"));
    assertEquals(List.of("35", "heur"), terms("35 h"));
    assertEquals(List.of("35", "heur"), terms("35\u202fh"));
    assertEquals(terms("10 jours"), terms("10j"));
    assertEquals(List.of("39", "heur", "semain"), terms("39h par semaine"));
    assertEquals(List.of("14", "heur", "30"), terms("14h30"));
    assertEquals(List.of("9", "heur", "12", "heur"), terms("de 9h à 12h"));
    assertEquals(List.of("24", "heur", "24", "7", "jour", "7"), terms("24h/24 7j/7"));
    assertEquals(List.of("30", "minut", "30", "minut"), terms("30min 30mn"));
    assertEquals(List.of("3", "moi", "5", "an", "10", "jour"), terms("3mois 5ans 10jours"));
    assertEquals(List.of("1,5", "heur"), terms("1,5h"));
    assertEquals(List.of("2", "heur", "pui"), terms("2 h. Puis"));
  }

  /** The parts of "32h" keep their place in the text: a highlighted passage marks the number and its unit. */
  @Test
  void partedUnitKeepsItsOffsets() throws Exception {
    List<String> spans = new java.util.ArrayList<>();
    try (var stream = ANALYZER.tokenStream("text", "à 32h/hebdo")) {
      var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      var position = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        spans.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + position.getPositionIncrement());
      }
      stream.end();
    }
    // "à" is a stop word: the number comes one position further.
    assertEquals(List.of("32@2-4+2", "heur@4-5+1", "hebdo@6-11+1"), spans);
  }

  /** What looks like a number and a letter but is no duration keeps its terms. */
  @Test
  void referencesOrdinalsDatesAndAmountsKeepTheirNumbers() {
    assertEquals(List.of("l3141_3", "r2312_9", "l3121_27"), terms("L3141-3, R2312-9, art. L. 3121-27"));
    assertEquals(List.of("art", "4.1"), terms("art. 4.1"));
    // "j" after an article's number is the elided pronoun or a list letter, never days.
    assertEquals(List.of("l1234_9"), terms("L. 1234-9 j"));
    assertEquals(List.of("1er", "janvi", "2024", "2e", "3em"), terms("le 1er janvier 2024, 2e, 3ème"));
    assertEquals(List.of("01", "02", "2024"), terms("01/02/2024"));
    // The tokenizer drops "€" and "%": glued or not, one term.
    assertEquals(List.of("1500", "1500", "10", "10"), terms("1500€ 1500 € 10% 10 %"));
    assertEquals(List.of("h2", "4x4", "2ha", "35k"), terms("h2 4x4 2ha 35k€"));
  }
}
