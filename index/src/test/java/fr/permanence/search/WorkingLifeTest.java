package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole words and the phrases of working life count; words of other areas sharing a stem or a sense do not. */
class WorkingLifeTest {
  private static final WorkingLife WORKING_LIFE = new WorkingLife();

  @ParameterizedTest
  @ValueSource(strings = {
      "Ma boîte veut me faire signer une rupture conventionnelle",
      "je suis dans une boite de 20 personnes",
      "Les gens qui bossent tard le soir",
      "Mes heures de nuit sont-elles payées double ?",
      "mon entretien pro a lieu quand ?",
      "Puis-je lire mes mails sur mon téléphone pro le soir ?",
      "je bosse de nuit depuis trois mois",
      "j'ai bosse tout l'ete sans pause",
      "Mon patron refuse que je pose des congés en août",
      "La période d'essai peut-elle être renouvelée deux fois ?",
      "on me doit des heures sup depuis janvier",
      "Je suis cadre au forfait jours",
      "ils recrutent surtout des intérimaires",
      "mes collegues ont ete licencies sans preavis",
      "j'ai été embauchée en CDD puis prolongée",
      "Les prud’hommes sont-ils compétents ?",
      "L'intelligence artificielle remplace-t-elle les traducteurs ?",
      "Un accident de trajet est-il pris en charge ?",
      "Le syndicat peut-il afficher ses tracts ?",
      "Les accords signés s'appliquent-ils à tous ?",
      "mon N+1 me parle mal devant les autres",
      "J'ai reçu un avertissement par courrier",
      "elle veut me sanctionner pour un retard",
      "Une mise à pied conservatoire est-elle payée ?",
      "licencié pour faute grave, j'ai droit à quoi ?",
  })
  void aWordOrPhraseOfWorkingLifeCounts(String question) {
    assertTrue(WORKING_LIFE.mentions(question), question);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "La boîte de vitesses de ma voiture fait un bruit bizarre",
      "Ma boîte aux lettres a été forcée cette nuit",
      "On sort en boîte samedi soir ?",
      "L'entretien de la chaudière incombe-t-il au propriétaire ?",
      "J'ai une bosse sur le front après ma chute",
      "Quelle forme donner à une haie de thuyas ?",
      "Puis-je payer mon loyer avec deux semaines de retard ?",
      "Ma machine à laver ne fonctionne plus du tout",
      "Je suis d'accord avec mon voisin pour couper la haie",
      "Où trouver le mode d'emploi du four ?",
      "Dans le cadre de mon divorce, qui garde la maison ?",
      "Le syndicat de copropriété refuse de réparer la toiture",
      "Quelle période pour planter des tomates ?",
      "À quelle heure ouvre la mairie le samedi ?",
  })
  void aWordOfAnotherAreaOfLifeDoesNot(String question) {
    assertFalse(WORKING_LIFE.mentions(question), question);
  }

  @Test
  void theWorkplaceAndItsPeopleAreNamedApartFromTheMattersOfWork() {
    for (String word : new String[] {"taf", "boulot", "collègues", "l'entreprise", "Manager", "bureau"}) {
      assertTrue(WorkingLife.namesTheWorkplace(word), word);
    }
    for (String word : new String[] {"congé", "salaire", "prud'hommes", "imprimante", "bureaux-de-tabac"}) {
      assertFalse(WorkingLife.namesTheWorkplace(word), word);
    }
  }
}
