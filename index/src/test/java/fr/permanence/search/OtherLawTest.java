package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of other codes in a question: question → exact words found. */
class OtherLawTest {
  @Test
  void findsTheWordsOfALeaseATaxOrADivorce() {
    assertEquals(List.of("proprietaire", "loyer"), OtherLaw.in("Mon propriétaire peut-il doubler le loyer ?"));
    assertEquals(List.of("impot", "foncier"), OtherLaw.in("Comment déclarer aux impôts un revenu foncier ?"));
    assertEquals(List.of("divorce"), OtherLaw.in("Qui garde le chien après un divorce ?"));
  }

  @Test
  void anotherCodesWordToldBeforeAQuestionAboutWorkIsTheStory() {
    // The divorce is how the member came to remarry; the question asks the leave for it.
    assertEquals(List.of(), OtherLaw.in("Après mon divorce, je me remarie en juin. Combien de jours de congé pour mon mariage ?"));
    // Asked about a divorce, or in the asking sentence, it counts.
    assertEquals(List.of("divorce"), OtherLaw.in("Je suis salarié. Qui garde le chien après un divorce ?"));
    assertEquals(List.of("impot"), OtherLaw.in("Mon patron peut-il payer mes impôts à ma place sur mon salaire ?"));
    // A civil servant's status governs every question about their work, wherever it is told.
    assertEquals(List.of("fonctionnaire"), OtherLaw.in("Je suis fonctionnaire territorial. Combien de jours de congé ai-je ?"));
  }

  @Test
  void accentsCaseAndPluralsDoNotMatter() {
    assertEquals(List.of("impot", "locataire"), OtherLaw.in("IMPOTS des LOCATAIRES"));
    assertEquals(List.of("proprio"), OtherLaw.in("mon proprio veut pas"));
  }

  @Test
  void wordsAreComparedWholeNotByStem() {
    // "loyer" and "loi" share a stem, "imposable" and "imposer" too: neither is another code's word.
    assertEquals(List.of(), OtherLaw.in("Que dit la loi si mon patron veut m'imposer des horaires ?"));
  }

  @Test
  void wordsTheLabourTextsShareAreNotCounted() {
    // Leave for a wedding or a PACS, a foreign worker's permit, the penal provisions of the code.
    assertEquals(List.of(), OtherLaw.in("Combien de jours de congé pour mon mariage ou mon pacs ?"));
    assertEquals(List.of(), OtherLaw.in("Mon titre de séjour me permet-il de travailler à temps plein ?"));
    assertEquals(List.of(), OtherLaw.in("Le délit d'entrave est-il puni d'une amende ?"));
  }

  @Test
  void phrasesOfAnotherCodeAreCues() {
    assertEquals(List.of("garde alternee"), OtherLaw.in("Qui décide de la garde alternée du petit ?"));
    assertEquals(List.of("regroupement familial"), OtherLaw.in("Mon frère peut-il venir par regroupement familial ?"));
    assertEquals(List.of("vice cache"), OtherLaw.in("Le frigo d'occasion avait des vices cachés"));
    // Each word alone is ordinary: "garde", "familial", "caché".
    assertEquals(List.of(), OtherLaw.in("Ma garde du week-end compte-t-elle comme du temps de travail ?"));
  }

  @Test
  void aCivilServantsQuestionBelongsToTheCivilServiceCode() {
    assertEquals(List.of("fonctionnaire"), OtherLaw.in("Je suis fonctionnaire, combien de jours de congé annuel ?"));
    assertEquals(List.of("fonction publique"), OtherLaw.in("mutation dans la fonction publique d'état"));
    assertEquals(List.of("agent titulaire"), OtherLaw.in("agent titulaire au conseil départemental, droit au temps partiel ?"));
  }

  @Test
  void benefitsBelongToSocialSecurity() {
    assertEquals(List.of("caf", "prime d activite"), OtherLaw.in("la CAF calcule comment la prime d'activité ?"));
    assertEquals(List.of("rsa"), OtherLaw.in("on touche le RSA à partir de quel âge"));
    assertEquals(List.of("cpam", "commission de recour amiable"),
        OtherLaw.in("La CPAM refuse mes indemnités, comment saisir la commission de recours amiable ?"));
    // The employer's supplement to the daily allowances is the code's matter.
    assertEquals(List.of(), OtherLaw.in("Mon employeur doit-il compléter les indemnités versées par la CPAM ?"));
  }

  @Test
  void renewingAResidencePermitIsThePrefecturesProcedure() {
    assertEquals(List.of("renouveler un titre de sejour"),
        OtherLaw.in("Quels papiers pour renouveler un titre de séjour mention salarié ?"));
  }

  @Test
  void sharedWordsCountOnlyWhenTheAskedClauseIsNotAboutWork() {
    // Family law: nothing of the employment relationship in what is asked.
    assertEquals(List.of("pension alimentaire"), OtherLaw.in("Le père ne verse plus la pension alimentaire, que faire ?"));
    // The code's rules on pay: the same words, asked about the salary.
    assertEquals(List.of(), OtherLaw.in("La pension alimentaire peut-elle être retenue sur mon salaire ?"));
    // Immigration law, then a foreign worker's right to work.
    assertEquals(List.of("titre de sejour"), OtherLaw.in("Combien coûte le renouvellement d'un titre de séjour ?"));
    assertEquals(List.of(), OtherLaw.in("Mon employeur doit-il vérifier mon titre de séjour ?"));
    // What was told before the question does not make it about work.
    assertEquals(List.of("casier judiciaire"),
        OtherLaw.in("Je suis salarié dans une agence, comment faire effacer une condamnation de mon casier judiciaire ?"));
  }

  @Test
  void theLabourTextsOwnUsesOfSharedWordsAreNotCues() {
    // A series of fixed-term contracts, a survey of equality at work, an apprentice's licence.
    assertEquals(List.of(), OtherLaw.in("La succession de contrats courts est-elle limitée ?"));
    assertEquals(List.of(), OtherLaw.in("Comment faire un état des lieux de l'égalité entre les femmes et les hommes ?"));
    assertEquals(List.of(), OtherLaw.in("Une aide pour passer le permis de conduire quand on est apprenti ?"));
    assertEquals(List.of(), OtherLaw.in("Que propose le syndicat pour le pouvoir d'achat ?"));
  }

  @Test
  void theRoadCodesLicenceAndABanksOverdraftAreOtherCodes() {
    assertEquals(List.of("mon permi"), OtherLaw.in("on m'a suspendu mon permis trois mois, je peux conduire quand même ?"));
    assertEquals(List.of("le permi", "permi probatoire"), OtherLaw.in("Le permis probatoire dure combien d'années ?"));
    assertEquals(List.of("ma banque", "sui a decouvert"), OtherLaw.in("ma banque me prend 8 € par jour quand je suis à découvert"));
    // A job that needs a licence, an employer who found something out: the code's own matters.
    assertEquals(List.of(), OtherLaw.in("Mon employeur peut-il me licencier si je perds mon permis de conduire ?"));
    assertEquals(List.of(), OtherLaw.in("Mon employeur a découvert que je cherchais un autre travail"));
    // "permis" alone is "allowed".
    assertEquals(List.of(), OtherLaw.in("C'est permis de fumer sur la terrasse ?"));
  }

  @Test
  void offencesAndPointsOfTheRoadAreTheRoadCodes() {
    assertEquals(List.of("recup de point"), OtherLaw.in("les récup de points ça se fait en combien de temps ?"));
    assertEquals(List.of("flashe", "autoroute"), OtherLaw.in("flashé à 150 sur l'autoroute, je risque quoi ?"));
    assertEquals(List.of("brule un feu", "feu rouge"), OtherLaw.in("j'ai brûlé un feu rouge en scooter"));
    assertEquals(List.of("crit air"), OtherLaw.in("quelle vignette Crit'Air pour un diesel de 2012 ?"));
    // The road risk at work is the employer's to prevent: driving is no cue.
    assertEquals(List.of(), OtherLaw.in("mon employeur m'appelle au volant pendant mes tournées, il a le droit ?"));
  }

  @Test
  void theVerbPayIsNotPay() {
    assertEquals(List.of("auto entrepreneur"), OtherLaw.in("en auto-entrepreneur je paie quelles cotisations ?"));
  }
}
