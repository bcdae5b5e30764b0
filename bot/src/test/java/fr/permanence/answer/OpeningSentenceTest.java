package fr.permanence.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpeningSentenceTest {
  @Test
  void aRuleStandsAlone() {
    assertTrue(OpeningSentence.standsAlone("Le salarié a droit à un congé de deux jours et demi par mois."));
    assertTrue(OpeningSentence.standsAlone("A défaut d'accord, le contingent est fixé par décret."));
    assertTrue(OpeningSentence.standsAlone("Il est interdit d'employer un salarié plus de six jours par semaine."));
    assertTrue(OpeningSentence.standsAlone("Cettefois-là est un mot inventé, pas un démonstratif."));
  }

  @Test
  void anExceptionOrAReferenceBackDoesNot() {
    assertFalse(OpeningSentence.standsAlone("Toutefois, l'employeur peut rompre le contrat en cas de faute grave."));
    assertFalse(OpeningSentence.standsAlone("Néanmoins, un accord peut prévoir une durée plus longue."));
    assertFalse(OpeningSentence.standsAlone("Elle fixe la date de rupture du contrat de travail."));
    assertFalse(OpeningSentence.standsAlone("Ces dispositions ne s'appliquent pas aux cadres dirigeants."));
    assertFalse(OpeningSentence.standsAlone("Celle-ci est renouvelable une fois."));
    assertFalse(OpeningSentence.standsAlone("II.-Toutefois, le comité peut décider de recourir à un expert."));
    assertFalse(OpeningSentence.standsAlone("2° Dans ce cas, la durée est portée à six mois."));
    // A list's heading says nothing without its items.
    assertFalse(OpeningSentence.standsAlone("La durée du préavis est la suivante :"));
  }
}
