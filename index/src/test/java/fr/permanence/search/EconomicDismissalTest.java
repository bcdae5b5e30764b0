package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which questions name an economic ground of dismissal: question → exact answer. */
class EconomicDismissalTest {
  @Test
  void anEconomicGroundNamedInTheCodesOrMembersWords() {
    for (String q : new String[] {"Licenciement économique : quel préavis ?", "licenciement éco, j'ai droit à quoi ?",
        "Un PSE est annoncé chez nous", "ma boîte supprime mon poste, elle doit me reclasser ?",
        "la direction parle de restructuration", "On va être remplacés par une IA, ils peuvent nous licencier ?",
        "suppression de 30 postes dans mon service", "fermeture du site de Lyon, quelles indemnités ?"}) {
      assertTrue(EconomicDismissal.named(q), q);
    }
  }

  @Test
  void anOrdinaryDismissalNamesNone() {
    for (String q : new String[] {"viré par texto, ça compte ?", "La lettre de licenciement doit-elle donner le motif ?",
        "convoqué à un entretien préalable, je peux venir avec un collègue ?", "10 ans de boîte, préavis c'est combien ?",
        "Licenciement pour faute grave : ai-je droit à des indemnités ?"}) {
      assertFalse(EconomicDismissal.named(q), q);
    }
  }
}
