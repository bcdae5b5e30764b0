package fr.permanence.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's synonym file, and rules applied to query terms. */
class SynonymsTest {
  private static final Path FOLDER = Path.of("..", "corpus", "lexicon");
  /** The domain's, the colloquial and CDTN's rules, and TESS's 1,400 equivalences. */
  private static final int MIN_RULES = 1_500;

  @Test
  void repositoryLexiconParsesAndHasEnoughRules() throws IOException {
    long rules = 0;
    try (var files = Files.list(FOLDER)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        rules += Files.readAllLines(file).stream().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
      }
    }
    assertTrue(rules >= MIN_RULES, rules + " rules");
    Synonyms map = Synonyms.read(FOLDER);
    assertTrue(!map.isEmpty() && map.rules().words.size() > MIN_RULES, "rules loaded");
  }

  /**
   * The code writes a day's and a week's durations as adjectives ("durée quotidienne", "repos
   * hebdomadaire"): a member's "journée" and "semaine" find them; "jour", which counts days
   * ("deux jours de congé"), is left alone.
   */
  @Test
  void aDayAndAWeekOfWorkAreTheCodesDailyAndWeeklyDurations() throws IOException {
    try (Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      assertEquals(List.of("quotidien", "11", "heur"), FrenchLegalAnalyzerTest.terms(query, "des journées de 11 heures"));
      assertEquals(List.of("40", "heur", "hebdomadair"), FrenchLegalAnalyzerTest.terms(query, "40 heures cette semaine"));
      assertFalse(FrenchLegalAnalyzerTest.terms(query, "deux jours de congé").contains("quotidien"));
    }
  }

  /**
   * The tools that watch employees' work, in members' words, are what the code calls the "moyens
   * de contrôle de l'activité des salariés" (L. 2312-37, L. 2312-38): each finds the code's stems of
   * that phrase, which the texts' "contrôle de l'activité" analyses to (a rule written without its
   * accents, "activite", stems to another word and finds nothing).
   */
  @Test
  void monitoringToolsAreTheCodesMeansOfControllingEmployeesActivity() throws IOException {
    try (Analyzer text = new FrenchLegalAnalyzer(); Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      assertEquals(List.of("control", "activ"), FrenchLegalAnalyzerTest.terms(text, "contrôle de l'activité"));
      assertEquals(List.of("control", "activ"), FrenchLegalAnalyzerTest.terms(query, "un logiciel de surveillance"));
      assertEquals(List.of("control", "activ"), FrenchLegalAnalyzerTest.terms(query, "du tracking"));
      for (String tool : List.of("un keylogger", "des caméras", "la géolocalisation", "le gps", "une badgeuse",
          "des captures d'écran", "un mouchard", "le suivi de l'activité")) {
        List<String> terms = FrenchLegalAnalyzerTest.terms(query, tool);
        assertTrue(terms.containsAll(List.of("control", "activ")), tool + " " + terms);
      }
    }
  }

  /** "Un an" and "une année" are one word of general French: "par an" finds "pour une année complète". */
  @Test
  void aYearIsAnAnOrAnAnnee() throws IOException {
    try (Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      assertEquals(List.of("anne", "an"), FrenchLegalAnalyzerTest.terms(query, "combien par an"));
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "une année complète").containsAll(List.of("anne", "an")));
    }
  }

  /**
   * An AI system brought into the company is what L. 2312-8 and L. 2315-94 call a new
   * technology; the member's word is kept and searched too.
   */
  @Test
  void anAiSystemIsANewTechnology() throws IOException {
    try (Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      List<String> terms = FrenchLegalAnalyzerTest.terms(query, "un projet d'IA");
      assertTrue(terms.containsAll(List.of("ia", "nouvel", "technolog")), terms.toString());
    }
  }

  /**
   * "Je bosse" is working, the boss is the employer: the verb's stem is the English noun's, so only
   * the noun, rewritten before analysis (InformalFrench), may reach the employer.
   */
  @Test
  void workingIsNotTheBoss() throws IOException {
    try (Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      List<String> working = FrenchLegalAnalyzerTest.terms(query, "je bosse chez eux");
      assertTrue(working.contains("travaill"), working.toString());
      assertFalse(working.contains("patron") || working.contains("employeur"), working.toString());
      List<String> boss = FrenchLegalAnalyzerTest.terms(query, InformalFrench.normalize("mon boss"));
      assertTrue(boss.containsAll(List.of("employeur", "patron")), boss.toString());
    }
  }

  /** Work messages outside working hours are what the right to disconnect is about. */
  @Test
  void messagesAtNightOrAtTheWeekendAreAboutDisconnecting() throws IOException {
    try (Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "répondre aux mails le soir").contains("deconnexion"));
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "des appels le week-end").contains("deconnexion"));
      assertFalse(FrenchLegalAnalyzerTest.terms(query, "travailler le soir").contains("deconnexion"));
    }
  }

  @Test
  void folderRulesApplyTogether(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "# one file\ncp, congés payés\n");
    Files.writeString(dir.resolve("b.txt"), "boss => employeur\n");
    Files.writeString(dir.resolve("notes.md"), "not rules, ignored\n");
    try (Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(dir))) {
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "mes CP").containsAll(List.of("cp", "cong", "pai")));
      assertEquals(List.of("employeur"), FrenchLegalAnalyzerTest.terms(query, "mon boss"));
    }
  }

  @Test
  void malformedRuleInAFolderNamesItsFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.txt"), "# fine\na => b => c\n");
    IOException e = assertThrows(IOException.class, () -> Synonyms.read(dir));
    assertEquals(dir.resolve("bad.txt") + ", line 2: more than one \"=>\" in synonym rule: a => b => c", e.getMessage());
  }

  /**
   * An acronym's rule fires where the question writes the acronym, not on the words that share
   * its stem: "après" and the APRE, "posé" and the POS, "va" and the VAE stem alike.
   */
  @Test
  void acronymRuleFiresOnlyWhereTheAcronymIsWritten() throws Exception {
    Synonyms map = Synonyms.parse(new StringReader("""
        aide personnalisée de retour à l'emploi, APRE
        POS, plan d'occupation des sols
        validation des acquis de l'expérience, VAE
        centre d'analyse stratégique, CAS
        """));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertEquals(List.of("apre", "contrat"), FrenchLegalAnalyzerTest.terms(query, "d'après mon contrat"));
      assertEquals(List.of("apre", "arret"), FrenchLegalAnalyzerTest.terms(query, "Après mon arrêt"));
      assertEquals(List.of("aid", "apre", "personnalis", "retour", "emploi"), FrenchLegalAnalyzerTest.terms(query, "l'APRE"));
      assertEquals(List.of("pos", "cong"), FrenchLegalAnalyzerTest.terms(query, "j'ai posé mes congés"));
      assertEquals(List.of("va", "licenci"), FrenchLegalAnalyzerTest.terms(query, "il va me licencier"));
      // Capitals, and a plural "s", say the acronym.
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "la VAE").containsAll(List.of("valid", "acqui", "experient")));
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "les VAEs").containsAll(List.of("valid", "acqui", "experient")));
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "le CAS").contains("strateg"));
      // Lowercase, letters that spell no French word are the acronym still; a word's are a word.
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "une vae").containsAll(List.of("valid", "acqui", "experient")));
      assertEquals(List.of("cas"), FrenchLegalAnalyzerTest.terms(query, "dans ce cas"));
      assertEquals(List.of("cas", "urgenc"), FrenchLegalAnalyzerTest.terms(query, "Cas d'urgence"));
      // "Apre" is "âpre" without its accent: at the start of a sentence, a word.
      assertEquals(List.of("apre"), FrenchLegalAnalyzerTest.terms(query, "Apre"));
    }
  }

  /** A rule on a word that shares an acronym's stem fires on the word, and the acronym's not. */
  @Test
  void wordSharingAnAcronymsStemKeepsItsOwnRules() throws Exception {
    Synonyms map = Synonyms.parse(new StringReader("""
        POS, plan d'occupation des sols
        poser, déposer
        """));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertEquals(List.of("depos", "pos"), FrenchLegalAnalyzerTest.terms(query, "poser"));
      assertEquals(List.of("plan", "pos", "occup", "sol"), FrenchLegalAnalyzerTest.terms(query, "le POS"));
    }
  }

  /**
   * An entry with an acronym's letters in lowercase fires on the question's word whether the
   * question's is that acronym or a word: "à mon insu" beside the INSU, "cse" beside the CSE.
   */
  @Test
  void lowercaseEntryWithAnAcronymsLettersFiresOnEither() throws Exception {
    Synonyms map = Synonyms.parse(new StringReader("""
        INSU, institut national des sciences de l'univers
        à mon insu => en secret
        CSE, comité social et économique
        cse => élus
        """));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertEquals(List.of("secret"), FrenchLegalAnalyzerTest.terms(query, "à mon insu"));
      // The acronym fires its own rule, and the lowercase entry's too: the lexicon does not say whose "insu" it is.
      assertEquals(List.of("institut", "secret", "insu", "national", "scienc", "univ"),
          FrenchLegalAnalyzerTest.terms(query, "l'INSU"));
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "le cse").containsAll(List.of("comit", "elu")));
    }
  }

  /** The lexicon's own acronyms: TESS's APRE no longer expands every "d'après". */
  @Test
  void lexiconAcronymsLeaveTheWordsThatShareTheirStem() throws IOException {
    try (Analyzer query = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      assertEquals(List.of("apre", "contrat"), FrenchLegalAnalyzerTest.terms(query, "d'après mon contrat"));
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "l'APRE").containsAll(List.of("personnalis", "retour")));
      assertFalse(FrenchLegalAnalyzerTest.terms(query, "une indemnité due").contains("declar"));
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "la DUE").contains("declar"));
      assertFalse(FrenchLegalAnalyzerTest.terms(query, "les agissements").contains("garant"));
      assertFalse(FrenchLegalAnalyzerTest.terms(query, "ça va ?").contains("valid"));
      // An entry in lowercase still fires on the word: "à mon insu" is no institute's.
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "filmé à mon insu").contains("prealabl"));
      assertFalse(FrenchLegalAnalyzerTest.terms(query, "filmé à mon insu").contains("univ"));
    }
  }

  @Test
  void capitalisedAcronymRuleExpandsOnlyTheAcronym() throws Exception {
    Synonyms map = Synonyms.parse(new StringReader("chiffre d'affaires, CA\n"));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertTrue(FrenchLegalAnalyzerTest.terms(query, "leur CA augmente").containsAll(List.of("ca", "chiffr", "affair")));
      // "ça" is the stop word, not the acronym: nothing to expand.
      assertEquals(List.of("augment"), FrenchLegalAnalyzerTest.terms(query, "ça augmente"));
    }
  }

  @Test
  void acronymExpandsToItsWordsAnalysedLikeText() throws Exception {
    Synonyms map = Synonyms.parse(new StringReader("# comment\ncse, comité social et économique\n"));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      List<String> terms = FrenchLegalAnalyzerTest.terms(query, "Le CSE");
      // The acronym and the stems of its expansion, all at the acronym's place.
      assertEquals(List.of("cse", "comit", "social", "econom"), terms.stream().sorted(
          (a, b) -> Integer.compare(order(a), order(b))).toList());
    }
  }

  private static int order(String term) {
    return List.of("cse", "comit", "social", "econom").indexOf(term);
  }

  @Test
  void explicitMappingAndComments() throws Exception {
    Synonyms map = Synonyms.parse(new StringReader("badgeuse => pointage # a comment\n\n# only comment\n"));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertEquals(List.of("pointag"), FrenchLegalAnalyzerTest.terms(query, "badgeuse"));
    }
  }

  @Test
  void malformedRuleFailsWithItsLine() {
    IOException e = assertThrows(IOException.class,
        () -> Synonyms.parse(new StringReader("# fine\na => b => c\n")));
    assertEquals("synonym rules, line 2: more than one \"=>\" in synonym rule: a => b => c", e.getMessage());
  }

  @Test
  void emptyFileExpandsNothing() throws Exception {
    Synonyms map = Synonyms.parse(new StringReader("# nothing\n"));
    try (Analyzer query = new FrenchLegalAnalyzer(map)) {
      assertEquals(List.of("cse"), FrenchLegalAnalyzerTest.terms(query, "le CSE"));
    }
  }
}
