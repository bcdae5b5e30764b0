package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What kind of fact a focus asks: focus → exact answer. */
class FactAskedTest {
  private static final Year NOW = Year.of(2030);

  @Test
  void thisYearNextYearAndTheNextEventAreTimeBound() {
    assertTrue(FactAsked.timeBound("Les salaires augmentent de combien cette année ?", NOW));
    assertTrue(FactAsked.timeBound("le 13e mois sera de combien l'an prochain", NOW));
    assertTrue(FactAsked.timeBound("C'est quand la prochaine réunion du comité ?", NOW));
    assertTrue(FactAsked.timeBound("Quel plafond de la sécurité sociale en 2031 ?", NOW));
    assertTrue(FactAsked.timeBound("hausse des salaires minima en mars prochain", NOW));
    assertTrue(FactAsked.timeBound("Combien de grévistes lors de la manifestation de juin dernier ?", NOW));
    assertTrue(FactAsked.timeBound("Quel plafond de la sécurité sociale en 2030 ?", NOW));
  }

  @Test
  void aPredictionIsTimeBound() {
    assertTrue(FactAsked.timeBound("Est-ce que ma directrice va accepter ma demande ?", NOW));
    assertTrue(FactAsked.timeBound("Combien de magasins fermeront-ils ?", NOW));
    assertTrue(FactAsked.timeBound("La prime augmentera-t-elle ?", NOW));
    // How a court would rule on one's case.
    assertTrue(FactAsked.timeBound("Vu ces messages, un juge dirait-il que c'est du harcèlement ?", NOW));
    assertTrue(FactAsked.timeBound("les prud'hommes me donneraient-ils raison ?", NOW));
    assertTrue(FactAsked.timeBound("Est-ce que j'ai des chances de gagner avec ces éléments ?", NOW));
  }

  @Test
  void whatACourtMayDoIsARule() {
    assertFalse(FactAsked.timeBound("Le juge peut-il requalifier mon CDD en CDI ?", NOW));
    assertFalse(FactAsked.timeBound("Combien les prud'hommes peuvent-ils accorder ?", NOW));
  }

  @Test
  void lastingRulesAreNot() {
    assertFalse(FactAsked.timeBound("Combien de jours de congés pour un déménagement ?", NOW));
    assertFalse(FactAsked.timeBound("Si la prochaine fois il refuse mon congé, que faire ?", NOW));
    // The date of the situation, told before the question.
    assertFalse(FactAsked.timeBound("On m'a fait bosser 50 heures la semaine dernière, c'est légal ?", NOW));
    assertFalse(FactAsked.timeBound("J'ai pris 20 jours cette année. Mon employeur peut-il refuser le reste ?", NOW));
    assertFalse(FactAsked.timeBound("Mon employeur devra-t-il me rembourser le forfait navigo ?", NOW));
    assertFalse(FactAsked.timeBound("Mon préavis sera-t-il payé si je suis dispensé de le faire ?", NOW));
    assertFalse(FactAsked.timeBound("Si je refuse la mutation, mon poste partira ailleurs : est-ce légal ?", NOW));
    assertFalse(FactAsked.timeBound("Faut-il prouver que ça va dégrader nos conditions de travail ?", NOW));
    assertFalse(FactAsked.timeBound("Qu'a changé la loi de 2016 sur la déconnexion ?", NOW));
    assertFalse(FactAsked.timeBound("Les outils d'aujourd'hui permettent-ils de suivre les frappes ?", NOW));
    // An article number is no year.
    assertFalse(FactAsked.timeBound("Que dit l'article L. 2031-1 ?", NOW));
  }

  @Test
  void addressesTelephonesAndOpeningHoursAreContacts() {
    assertTrue(FactAsked.asksForAContact("Quelle est l'adresse de la bourse du travail de Limoges ?"));
    assertTrue(FactAsked.asksForAContact("numero de tel de l'union locale"));
    assertTrue(FactAsked.asksForAContact("Le téléphone de l'inspection du travail d'Annecy ?"));
    assertTrue(FactAsked.asksForAContact("Quels sont les horaires d'ouverture de la permanence ?"));
    assertTrue(FactAsked.asksForAContact("c'est quoi les horaires de la permanence du syndicat à Villeurbanne ?"));
    assertFalse(FactAsked.asksForAContact("Mes horaires de travail peuvent-ils changer sans délai ?"));
    assertFalse(FactAsked.asksForAContact("Mon employeur peut-il lire ma messagerie sur mon adresse e-mail pro ?"));
    assertFalse(FactAsked.asksForAContact("Mon employeur peut-il m'appeler sur mon téléphone personnel le soir ?"));
  }

  @Test
  void aTownAfterAIsWhereTheSituationTakesPlace() {
    assertTrue(FactAsked.isALocation("Je bosse à Quimper dans un entrepôt, ai-je droit à une pause ?", "Quimper"));
    assertFalse(FactAsked.isALocation("Quel est le numéro de l'inspection du travail de Quimper ?", "Quimper"));
    assertFalse(FactAsked.isALocation("Je bosse à Quimperlé", "Quimper"));
    assertTrue(FactAsked.isALocation("Saisonnier dans les Alpes, ai-je droit au logement ?", "Alpes"));
    assertTrue(FactAsked.isALocation("Muté près de Rouen, qui paie le déménagement ?", "Rouen"));
  }

  @Test
  void aNameOutsideTheClauseThatAsksOrActingOnTheMemberIsContext() {
    assertTrue(FactAsked.isToldAsContext("Je bosse chez Capgemini depuis 3 ans, ils peuvent m'imposer le télétravail ?", "Capgemini"));
    assertTrue(FactAsked.isToldAsContext("Chez Sopra Steria, l'employeur doit-il informer le CSE ?", "Steria"));
    assertTrue(FactAsked.isToldAsContext("La DSI déploie Copilot sur nos postes : le CSE doit-il être consulté ?", "Copilot"));
    assertTrue(FactAsked.isToldAsContext("Atos me licencie pour motif économique, quelle priorité de réembauche ?", "Atos"));
    assertTrue(FactAsked.isToldAsContext("Capgemini peut-il m'imposer le télétravail ?", "Capgemini"));
    assertTrue(FactAsked.isToldAsContext("Salesforce m'a convoqué à un entretien préalable, je peux venir avec quelqu'un ?", "Salesforce"));
  }

  @Test
  void aNameInTheClauseThatAsksIsWhatIsAsked() {
    assertFalse(FactAsked.isToldAsContext("Quel est le contenu de l'accord télétravail signé chez Capgemini ?", "Capgemini"));
    assertFalse(FactAsked.isToldAsContext("Combien de jours de RTT ont les cadres chez Alten ?", "Alten"));
    assertFalse(FactAsked.isToldAsContext("J'ai une question : quelle est la grille des salaires de Worldline ?", "Worldline"));
    assertFalse(FactAsked.isToldAsContext("Michelin a supprimé combien de postes l'an dernier ?", "Michelin"));
    // A name opening the sentence before a comma is its topic, taken up by "ça".
    assertFalse(FactAsked.isToldAsContext("Atos, ça a fait combien de chiffre d'affaires ?", "Atos"));
  }

  @Test
  void aNameTakenUpByAPronounInTheClauseThatAsksIsWhatIsAsked() {
    assertFalse(FactAsked.isToldAsContext("On a reçu le logiciel Teramind hier, il coûte cher ?", "Teramind"));
    assertFalse(FactAsked.isToldAsContext("Ma collègue Inès, embauchée en même temps, a-t-elle eu la même prime ?", "Inès"));
    // Unless the pronoun is what acts on the member, or impersonal, or "c'est" about the situation.
    assertTrue(FactAsked.isToldAsContext("Je bosse chez Capgemini depuis 3 ans, ils peuvent m'imposer le télétravail ?", "Capgemini"));
    assertTrue(FactAsked.isToldAsContext("Chez Thales, il faut combien de mois de préavis ?", "Thales"));
    assertTrue(FactAsked.isToldAsContext("Chez Airbus la direction veut installer des caméras, c'est légal ?", "Airbus"));
  }

  @Test
  void theYearASituationBeganIsPartOfTheStory() {
    assertTrue(FactAsked.isWhenTheSituationBegan("En CDI depuis 2019, ai-je droit à un congé sabbatique ?", "2019", NOW));
    assertTrue(FactAsked.isWhenTheSituationBegan("Je suis au forfait depuis le 3 mars 2028, est-ce légal ?", "2028", NOW));
    assertTrue(FactAsked.isWhenTheSituationBegan("Embauchée comme cadre en 2024, quel préavis ?", "2024", NOW));
    assertFalse(FactAsked.isWhenTheSituationBegan("Quel sera le SMIC en 2031 ?", "2031", NOW));
    assertFalse(FactAsked.isWhenTheSituationBegan("Combien de salariés en grève en 2027 ?", "2027", NOW));
  }

  @Test
  void theExactFigureOfOneCaseIsAnExactDetail() {
    assertTrue(FactAsked.asksForAnExactDetail("Quel est le montant exact de ma prime d'équipe ?"));
    assertTrue(FactAsked.asksForAnExactDetail("combien de postes supprimés précisément"));
    assertFalse(FactAsked.asksForAnExactDetail("Quel est le délai pour contester un licenciement ?"));
  }

  @Test
  void theWordAfterChezIsAWorkplaceUnlessAnArticleOrPronoun() {
    assertEquals(List.of("decathlon"), FactAsked.workplaces("chez decathlon on a combien de RTT ?"));
    assertEquals(List.of("leroy"), FactAsked.workplaces("Les primes chez Leroy Merlin sont-elles imposables ?"));
    assertEquals(List.of(), FactAsked.workplaces("Puis-je travailler chez un concurrent après ma démission ?"));
    assertEquals(List.of(), FactAsked.workplaces("Je télétravaille chez moi, qui paie l'électricité ?"));
    assertEquals(List.of(), FactAsked.workplaces("En mission chez le client, quels horaires ?"));
  }

  @Test
  void aFactOfTheMembersOwnWorkplaceIsOwnWorkplaceFact() {
    assertTrue(FactAsked.asksAboutOwnWorkplace("Quel logiciel de paie utilise ma boîte ?"));
    assertTrue(FactAsked.asksAboutOwnWorkplace("notre charte informatique dit quoi sur les clés USB"));
    assertTrue(FactAsked.asksAboutOwnWorkplace("Combien de tickets resto par mois chez nous ?"));
    assertTrue(FactAsked.asksAboutOwnWorkplace("On a changé de mutuelle. Quand notre société a-t-elle signé ce contrat ?"));
    assertTrue(FactAsked.asksAboutOwnWorkplace("Qui a rédigé cet accord sur les astreintes ?"));
    assertTrue(FactAsked.asksAboutOwnWorkplace("Où se trouve le règlement de mon agence ?"));
    assertTrue(FactAsked.asksAboutOwnWorkplace("combien donne l'accord maison pour l'ancienneté ?"));
  }

  @Test
  void whatJoiningAUnionCostsIsAFactOfThatUnion() {
    assertTrue(FactAsked.asksForAUnionFee("Combien coûte l'adhésion à la CGT ?"));
    assertTrue(FactAsked.asksForAUnionFee("c'est combien pour se syndiquer a la cgt par mois"));
    assertTrue(FactAsked.asksForAUnionFee("La cotisation syndicale, c'est combien par mois ?"));
    // How it is paid is a rule: the employer may not deduct it from pay (L. 2141-6).
    assertFalse(FactAsked.asksForAUnionFee("La cotisation syndicale, on la paie par prélèvement sur salaire ?"));
    // Whether one may join, or what joining protects, is a rule of the code.
    assertFalse(FactAsked.asksForAUnionFee("j'ai le droit de me syndiquer pendant ma période d'essai ?"));
    assertFalse(FactAsked.asksForAUnionFee("Mon employeur peut-il me sanctionner parce que j'ai adhéré à un syndicat ?"));
    // A fee without joining: the prices the law sets are asked as such.
    assertFalse(FactAsked.asksForAUnionFee("Combien coûte une saisine des prud'hommes ?"));
  }

  @Test
  void aRuleAboutTheWorkplaceOrAFactWithoutItIsNot() {
    // A rule, even about one's own company: no question for one of its facts.
    assertFalse(FactAsked.asksAboutOwnWorkplace("Ma boîte peut-elle m'imposer un logiciel de suivi ?"));
    assertFalse(FactAsked.asksAboutOwnWorkplace("Notre accord peut-il prévoir moins que le code ?"));
    // The workplace is told before the clause that asks.
    assertFalse(FactAsked.asksAboutOwnWorkplace("Dans ma société de 30 personnes, combien de jours de congé pour un mariage ?"));
    // The employer and the manager are the other party, not a document.
    assertFalse(FactAsked.asksAboutOwnWorkplace("Quel délai mon employeur doit-il respecter pour me convoquer ?"));
    assertFalse(FactAsked.asksAboutOwnWorkplace("Quelle indemnité si je suis licencié ?"));
  }

  @Test
  void aCountOrAShareOfAPopulationIsAStatistic() {
    assertTrue(FactAsked.asksForAStatistic("Combien de cadres sont au forfait en France ?"));
    assertTrue(FactAsked.asksForAStatistic("ya combien d'intérimaires dans la logistique"));
    assertTrue(FactAsked.asksForAStatistic("Quel pourcentage de télétravailleurs dans la branche ?"));
    assertTrue(FactAsked.asksForAStatistic("nombre licenciements economiques par an"));
    assertTrue(FactAsked.asksForAStatistic("Je suis délégué. Combien de démissions chaque année dans le secteur ?"));
    // an average over people or cases
    assertTrue(FactAsked.asksForAStatistic("un dev junior, il touche combien en moyenne ?"));
    assertTrue(FactAsked.asksForAStatistic("Quelle est la durée moyenne d'une procédure aux prud'hommes ?"));
  }

  @Test
  void theAveragePayARuleIsComputedOnIsNoStatistic() {
    assertFalse(FactAsked.asksForAStatistic("L'indemnité se calcule sur le salaire moyen des trois derniers mois ?"));
    assertFalse(FactAsked.asksForAStatistic("On prend la moyenne des douze derniers mois pour l'indemnité ?"));
  }

  @Test
  void anOpinionOfOrAboutANamedPersonIsAboutThatPerson() {
    assertTrue(FactAsked.asksAboutANamedPerson("Vous pensez quoi de Thomas Morel, le manager de l'agence ?"));
    assertTrue(FactAsked.asksAboutANamedPerson("Jean-Noël Barrot, il pense quoi de la semaine de 4 jours ?"));
    assertFalse(FactAsked.asksAboutANamedPerson("Que pense la CGT du forfait jours ?"));
    assertFalse(FactAsked.asksAboutANamedPerson("Thomas Morel, mon manager, peut-il refuser mes congés ?"));
  }

  @Test
  void aThresholdOfTheLawIsNoStatistic() {
    assertFalse(FactAsked.asksForAStatistic("À partir de combien de salariés faut-il un CSE ?"));
    assertFalse(FactAsked.asksForAStatistic("Combien de salariés faut-il pour élire un délégué ?"));
    assertFalse(FactAsked.asksForAStatistic("Combien d'élus doit compter le CSE dans une entreprise de 300 personnes ?"));
    assertFalse(FactAsked.asksForAStatistic("Combien de jours de congé ont les salariés à temps partiel ?"));
    assertFalse(FactAsked.asksForAStatistic("Quel est le taux de majoration des heures supplémentaires ?"));
  }

  @Test
  void aRequestToRecommendAThingIsARecommendation() {
    assertTrue(FactAsked.asksForARecommendation("Vous me recommandez quel aspirateur sans fil ?"));
    assertTrue(FactAsked.asksForARecommendation("tu me conseilles un bouquin pour les vacances ?"));
    assertTrue(FactAsked.asksForARecommendation("tu m'conseilles quoi comme vin avec du poisson"));
    assertTrue(FactAsked.asksForARecommendation("Pouvez-vous nous conseiller un camping au bord de la mer ?"));
    assertTrue(FactAsked.asksForARecommendation("un podcast à conseiller ?"));
    assertTrue(FactAsked.asksForARecommendation("Tu connais une bonne pizzeria à Nancy ?"));
    assertTrue(FactAsked.asksForARecommendation("t'as des idées pour occuper les enfants dimanche ?"));
    assertTrue(FactAsked.asksForARecommendation("Une idée de sortie pour samedi ?"));
    assertTrue(FactAsked.asksForARecommendation("Tu aurais des idées d'animation pour son pot de départ ?"));
    assertTrue(FactAsked.asksForARecommendation("idée de jeu pr le team building ?"));
  }

  @Test
  void adviceWithoutAThingOrAnIdeaOfAFactIsNoRecommendation() {
    assertFalse(FactAsked.asksForARecommendation("Mon patron veut me muter à Lille, tu me conseilles quoi ?"));
    assertFalse(FactAsked.asksForARecommendation("Vous me conseillez de signer la rupture conventionnelle ?"));
    assertFalse(FactAsked.asksForARecommendation("t'as une idée de combien on doit me payer mes heures ?"));
    assertFalse(FactAsked.asksForARecommendation("une idée si le préavis est payé quand on démissionne ?"));
    assertFalse(FactAsked.asksForARecommendation("Le conseiller du salarié peut-il m'accompagner à l'entretien ?"));
    assertFalse(FactAsked.asksForARecommendation("Le médecin du travail peut-il recommander un aménagement de poste ?"));
  }

  @Test
  void whichThingToOfferOrBuyIsARecommendation() {
    assertTrue(FactAsked.asksForARecommendation("Quel livre lui offrir pour son anniversaire ?"));
    assertTrue(FactAsked.asksForARecommendation("quelle appli installer pour suivre mes dépenses ?"));
    assertTrue(FactAsked.asksForARecommendation("Pour débuter la photo, par quel appareil commencer ?"));
    assertFalse(FactAsked.asksForARecommendation("Quel expert choisir pour l'expertise du CSE ?"));
    assertFalse(FactAsked.asksForARecommendation("Quels congés prendre en premier quand on quitte l'entreprise ?"));
  }

  @Test
  void aRightADutyOrWhatIsLawfulIsAsked() {
    for (String q : new String[] {"Mon employeur peut-il changer mes horaires sans me prévenir ?",
        "on a le droit de refuser une astreinte ?", "Dois-je rendre mon ordinateur pendant mon congé parental ?",
        "la visite médicale c'est obligatoire ?", "Un contrat sans date de fin, c'est légal ?",
        "fumer dans les bureaux c interdit ?", "c'est normal que ma prime ait disparu ?",
        "Puis-je refuser une mutation ?", "un keylogger sur mon poste, c'est permis ?",
        "en CDD tu peux démissionner ?", "Pouvez-vous me dire si mon employeur peut lire mes mails ?"}) {
      assertTrue(FactAsked.asksAboutARightOrDuty(q), q);
    }
    for (String q : new String[] {"Quelle est la durée du congé de paternité ?", "Comment se calcule l'indemnité de licenciement ?",
        "Et puis qui paie le repas ?", "Quel temps fera-t-il demain ?", "il fait un temps normal pour la saison",
        "j'ai eu mon permis de conduire hier", "combien de points sur un permis B ?",
        "Tu peux me donner une recette de gâteau ?", "pouvez-vous me conseiller un bon avocat ?",
        // how to do a thing, and the law as a field of study
        "Comment je peux régler mon dérailleur moi-même ?", "un avocat en droit du travail à Rennes ?",
        // a writing or reckoning task asked of the bot, verb first; help asked of it
        "Pouvez-vous rédiger une carte d'anniversaire ?", "peux-tu traduire ce mail ?",
        "tu peux m'aider à refaire mon CV ?"}) {
      assertFalse(FactAsked.asksAboutARightOrDuty(q), q);
    }
  }

  @Test
  void theThingAskedComesAfterTheInterrogativeAndPastAMeasure() {
    assertEquals("aquarium", FactAsked.askedThing("Quel aquarium installer dans le hall de l'entreprise ?"));
    assertEquals("menu", FactAsked.askedThing("c'est quoi le menu du self demain ?"));
    assertEquals("preavis", FactAsked.askedThing("Quelle est la durée du préavis de démission ?"));
    assertEquals("entreprises", FactAsked.askedThing("Quelle part des entreprises forme ses salariés ?"));
    assertEquals("places", FactAsked.askedThing("combien de places de parking pour les visiteurs ?"));
    assertEquals("", FactAsked.askedThing("Combien de jours acquiert-on par mois ?"));
    assertEquals("", FactAsked.askedThing("quelles durées maximales pour un CDD ?"));
    assertEquals("", FactAsked.askedThing("Mon employeur peut-il refuser mes congés ?"));
    // Whether a thing exists: the thing after the article; "il y a deux semaines" tells when.
    assertEquals("boulangerie", FactAsked.askedThing("il y a une boulangerie près du bureau ?"));
    assertEquals("visite", FactAsked.askedThing("Y a-t-il une visite médicale à l'embauche ?"));
    assertEquals("primes", FactAsked.askedThing("ya des primes pour le travail de nuit ?"));
    assertEquals("", FactAsked.askedThing("J'ai été embauché il y a deux semaines, et alors ?"));
    assertEquals("", FactAsked.askedThing("il y a un délai pour contester ?"));
    assertEquals("", FactAsked.askedThing("mon CPF se remplit de combien par an ? il y a un plafond ?"));
    assertEquals("remboursement", FactAsked.askedThing("il y a un plafond de remboursement ?"));
  }

  @Test
  void howToDoOrFixAThingOrWhereToFindItIsPracticalHelp() {
    for (String q : new String[] {"Comment désactiver les notifications de mon téléphone ?",
        "le vidéoprojecteur affiche rien, on fait comment ?", "ma clé usb marche plus, une astuce ?",
        "l'appli bug depuis hier", "que faire contre les pucerons ?", "où se garer quand le parking est plein ?",
        "je veux contester mon avertissement, je fais comment ?", "Où peut-on louer une tente pour le week-end ?",
        "tu peux me trouver un bon resto pour ce midi ?", "Pouvez-vous me traduire cette phrase en anglais ?",
        "Pourriez-vous rédiger un discours pour le pot de départ ?", "peux-tu convertir 300 dollars en euros ?",
        "tu peux m'aider à refaire mon CV ?", "comment on dit « réunion » en anglais ?",
        "Comment je négocie le loyer de mon appart ?"}) {
      assertTrue(FactAsked.asksForPracticalHelp(q), q);
    }
    for (String q : new String[] {"Comment se calcule l'indemnité de licenciement ?", "Mon employeur peut-il refuser mes congés ?",
        "comment ça se passe pour la mutuelle ?", "Comment votre syndicat défend-il les salariés ?",
        "j'habite près de Lyon, ai-je droit à une prime de transport ?",
        // "tu peux" without "me" is anyone; "comment je suis…" asks how a rule applies
        "en CDD tu peux écrire à l'inspection du travail ?", "comment je suis payé pendant le préavis ?"}) {
      assertFalse(FactAsked.asksForPracticalHelp(q), q);
    }
  }

  @Test
  void aPracticalRequestIsAboutItsClauseAndTheOneBefore() {
    assertEquals("le vidéoprojecteur de la salle affiche rien ?",
        FactAsked.practicalObject("le vidéoprojecteur de la salle affiche rien, on fait comment ?"));
    assertEquals("les notifications de mon téléphone ?",
        FactAsked.practicalObject("Comment désactiver les notifications de mon téléphone ?"));
    assertEquals("mes RTT de l'an dernier jamais posées les",
        FactAsked.practicalObject("J'ai une question. mes RTT de l'an dernier jamais posées, comment les récupérer, c'est encore possible ?"));
    assertEquals("mes RTT ?", FactAsked.practicalObject("je veux poser mes RTT, je fais comment ?"));
    // The action asked is the request's; what it acts on is what the request is about.
    assertEquals("mon avertissement ?", FactAsked.practicalObject("comment contester mon avertissement ?"));
    assertEquals("le mot de passe de la box ?", FactAsked.practicalObject("Comment on peut changer le mot de passe de la box ?"));
    assertEquals("", FactAsked.practicalObject("Mon employeur peut-il refuser mes congés ?"));
  }

  @Test
  void rankingThingsByTasteOrPriceIsARanking() {
    for (String q : new String[] {"c'est quoi la pizzeria la moins chère du quartier ?", "un coin sympa pour pique-niquer ?",
        "quelle valise est la plus pratique ?", "le meilleur roman de l'été", "un vélo d'occasion à bon prix ?",
        "des lunettes de soleil bon marché"}) {
      assertTrue(FactAsked.asksForARanking(q), q);
    }
    for (String q : new String[] {"pour négocier mon salaire, le mieux c'est quoi ?", "je dois prévenir le plus tôt possible ?",
        "quel est le salaire minimum ?"}) {
      assertFalse(FactAsked.asksForARanking(q), q);
    }
  }
}
