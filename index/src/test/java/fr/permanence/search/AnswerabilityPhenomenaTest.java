package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision to answer on the default corpus, one phenomenon at a time: what is asked decides,
 * not the words around it; and, once answered, the sentence a situation told in members' words
 * is quoted for. (The figures over many questions are in RegressionFloorTest and
 * {@code ./permanence calibrate}.)
 */
class AnswerabilityPhenomenaTest {

  @TempDir
  static Path data;
  private static DefaultCorpus corpus;
  private static PassageSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    corpus = new DefaultCorpus(data);
    searcher = corpus.searcher();
  }

  @AfterAll
  static void close() throws IOException {
    corpus.close();
  }

  private static boolean answered(String question) {
    return searcher.search(question, 10).answerable();
  }

  @Test
  void contextToldBeforeTheQuestionNeverTurnsItIntoARefusal() {
    String asked = "Le CSE doit-il être consulté avant l'introduction d'un logiciel de surveillance des salariés ?";
    assertTrue(answered(asked), asked);
    for (String context : new String[] {
        "Je travaille chez Softeam à Bordeaux depuis 2021, on utilise Teams et Jira. ",
        "Hier à 23h mon manager m'a écrit sur Slack pour me prévenir. ",
        "Dans notre boîte (ESN de 400 personnes, siège à Lille), la DSI vient de l'annoncer. "}) {
      assertTrue(answered(context + asked), context + asked);
    }
  }

  @Test
  void anAsideNamingAToolNeverTurnsTheQuestionIntoARefusal() {
    assertTrue(answered("Mon employeur peut-il installer un logiciel qui enregistre mes frappes (un keylogger genre "
        + "Hubstaff) sans me prévenir ?"));
  }

  @Test
  void questionsFarFromWorkAreRefused() {
    for (String q : new String[] {"Comment faire une pâte à crêpes sans grumeaux ?", "Qui a gagné le Tour de France ?",
        "Comment changer la batterie de ma voiture ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void otherAreasOfLawAreRefused() {
    for (String q : new String[] {"Comment contester un avis de taxe foncière ?", "Quels papiers fournir pour un "
        + "mariage à la mairie ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void aPersonsNameIsNotInTheTexts() {
    assertFalse(answered("Qui dirige la CGT aujourd'hui ?"));
  }

  @Test
  void aSituationToldInMembersWordsQuotesTheCodesSentenceForIt() {
    SearchResult result = searcher.search("Les salariés peuvent-ils ignorer les appels professionnels le week-end ?", 10);
    assertTrue(result.answerable());
    Hit first = result.hits().get(0);
    assertEquals("L2242-17", first.passage().article().number());
    // The article's item on the right to disconnect, not its neighbour on commuting.
    assertTrue(first.highlights().get(0).startsWith("7° Les modalités du plein exercice par le salarié de son droit à la "
        + "déconnexion"), first.highlights().toString());
  }

  @Test
  void whatTheUnionChargesIsNotInTheTextsButTheRightToJoinIs() {
    // Weighed with the other evidence, not a rule: "… pour un salarié à temps partiel" still finds
    // the part-time articles strong enough to answer.
    assertFalse(answered("Combien coûte l'adhésion à la CGT ?"));
    assertTrue(answered("Mon employeur peut-il me sanctionner parce que j'ai adhéré à un syndicat ?"));
  }

  @Test
  void anotherCodesQuestionIsRefusedEvenWithAWordOfWorkingLife() {
    // "préavis" belongs to working life too; the lease's words say which code is asked.
    assertFalse(answered("Mon bailleur peut-il garder ma caution si je quitte l'appartement avant la fin du préavis ?"));
  }

  @Test
  void aParticularCompanysFactsAreRefused() {
    assertFalse(answered("Combien de jours de RTT ont les salariés de chez Decathlon ?"));
  }

  @Test
  void nextYearsFigureIsRefused() {
    assertFalse(answered("De combien le plafond des titres-restaurant augmentera-t-il l'an prochain ?"));
  }

  @Test
  void anAddressOrATelephoneNumberIsRefused() {
    assertFalse(answered("Quel est le numéro de téléphone de l'inspection du travail de Quimper ?"));
  }

  @Test
  void theTownWhereTheMemberWorksNeverTurnsARuleIntoARefusal() {
    assertTrue(answered("Je bosse à Quimper dans un entrepôt, au bout de combien d'heures de travail ai-je droit à une pause ?"));
  }

  @Test
  void theMembersEmployerNeverTurnsARuleIntoARefusal() {
    for (String q : new String[] {
        "Ma boîte, Worldline, refuse de me payer mes heures supplémentaires : est-ce légal ?",
        "Salesforce m'a convoqué à un entretien préalable au licenciement, je peux venir avec quelqu'un ?",
        "Chez Airbus, la direction veut installer des caméras dans l'open space : le CSE doit-il être consulté ?"}) {
      assertTrue(answered(q), q);
    }
  }

  @Test
  void aCompanyOpeningTheQuestionIsANameToo() {
    // No French word is spelt "Michelin" or "Numeum": a company's figure, which no text gives.
    assertFalse(answered("Michelin a supprimé combien de postes l'an dernier ?"));
  }

  @Test
  void whatTheMembersOwnCompanysPapersSayIsRefused() {
    assertFalse(answered("Notre charte informatique dit quoi sur les clés USB personnelles ?"));
  }

  @Test
  void aRuleAskedAboutTheMembersOwnCompanyIsAnswered() {
    assertTrue(answered("Quelle durée minimale de repos hebdomadaire notre entreprise doit-elle respecter ?"));
    assertTrue(answered("Combien de jours de congé pour un mariage dans ma boîte ?"));
  }

  @Test
  void aCivilServantsOrABenefitsQuestionIsRefused() {
    // Governed by the Code général de la fonction publique and the Code de la sécurité sociale.
    for (String q : new String[] {"Je suis fonctionnaire territorial, combien de jours de congé annuel ai-je ?",
        "la CAF peut-elle me réclamer un trop-perçu de RSA ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void anotherCodesWordTellingTheSituationOfAQuestionToTheUnionsTextsIsAnswered() {
    // The member works at the CAF; what is asked is what the union's documents say of digital
    // services replacing the counter: "CAF" tells the situation, not the branch of law.
    String q = "Je suis agente d'accueil à la CAF depuis dix ans. On ferme l'accueil physique et on renvoie tout "
        + "le monde vers le site internet. Qu'est-ce que la CGT dit de ces effets sur les usagers ?";
    assertTrue(answered(q), q);
    assertFalse(answered("la CAF peut-elle me réclamer un trop-perçu de RSA ?"));
  }

  @Test
  void familyLawsWordsAskedAboutPayAreAnswered() {
    // "pension alimentaire" is family law, but deducted from pay it is the code's rule on wages.
    assertTrue(answered("Mon employeur peut-il prélever la pension alimentaire directement sur mon salaire ?"));
  }

  @Test
  void aCountOverTheCountryIsRefusedAThresholdIsAnswered() {
    assertFalse(answered("Combien de salariés ont signé une rupture conventionnelle en France chaque année ?"));
    assertTrue(answered("À partir de combien de salariés l'employeur doit-il mettre en place un CSE ?"));
  }

  @Test
  void aRequestToRecommendAThingIsRefused() {
    for (String q : new String[] {"Tu me conseilles quel aspirateur robot pour un petit appartement ?",
        "Vous connaissez une bonne crêperie près de la gare ?", "t'as des idées de jeux de société à jouer à six ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void aRequestForAdviceAboutWorkIsStillAnswered() {
    String q = "Mon patron refuse de me payer mes heures supplémentaires, tu me conseilles quoi ?";
    assertTrue(answered(q), q);
  }

  @Test
  void aPracticalRequestInTheWordsOfWorkIsRefused() {
    for (String q : new String[] {"Comment on change la cartouche d'encre de l'imprimante au bureau ?",
        "Quel livre offrir à ma cheffe pour son départ en retraite ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void aHowToAboutARightOfWorkIsStillAnswered() {
    for (String q : new String[] {"je veux quitter ma boîte, je fais comment pour le préavis de démission ?",
        "On me doit encore des salaires de l'an passé, comment les réclamer avant qu'il soit trop tard ?"}) {
      assertTrue(answered(q), q);
    }
  }

  @Test
  void aThingOutsideTheFieldAskedInTheWordsOfWorkIsRefused() {
    for (String q : new String[] {"Quel aquarium installer dans le hall de l'entreprise ?",
        "c'est quoi le menu du self du boulot demain ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void aFixOrAPlaceAskedInTheWordsOfWorkIsRefused() {
    for (String q : new String[] {"le vidéoprojecteur de la salle de réunion du boulot affiche rien, on fait comment ?",
        "Comment désactiver les notifications de mon téléphone du bureau le soir ?", "ma clé usb du taf marche plus, une astuce ?",
        "c'est quoi la pizzeria la moins chère près du boulot ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void whetherAPlaceOrAServiceExistsNearWorkIsRefused() {
    for (String q : new String[] {"il y a une boulangerie près du bureau ?", "ya un distributeur de billets à côté du taf ?"}) {
      assertFalse(answered(q), q);
    }
  }

  @Test
  void whetherARightOrABenefitExistsIsAnswered() {
    for (String q : new String[] {"Y a-t-il un congé pour s'occuper d'un enfant malade ?",
        "il existe une indemnité quand on finit un CDD ?"}) {
      assertTrue(answered(q), q);
    }
  }

  @Test
  void theRoadCodesLicenceIsAnotherCodeButALicenceAtWorkIsNot() {
    assertFalse(answered("on m'a retiré 6 points sur mon permis, je les récupère au bout de combien de temps ?"));
    assertTrue(answered("Mon CPF peut-il payer le permis de conduire ?"));
  }

  @Test
  void aHowToOrAFixAboutWhatTheTextsSettleIsAnswered() {
    for (String q : new String[] {"je veux poser mes RTT, je fais comment ?", "comment contester mon licenciement ?",
        "mon salaire a pas été versé ce mois-ci, je fais quoi ?", "comment demander un congé sans solde à mon employeur ?",
        "comment faire pour toucher le chômage après une rupture conventionnelle ?"}) {
      assertTrue(answered(q), q);
    }
  }
}
