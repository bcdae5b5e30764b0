package fr.permanence.search;

import static fr.permanence.search.Quantities.ANY;
import static fr.permanence.search.Quantities.DURATION;
import static fr.permanence.search.Quantities.HEADCOUNT;
import static fr.permanence.search.Quantities.MONEY;
import static fr.permanence.search.Quantities.NONE;
import static fr.permanence.search.Quantities.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which quantities a text states and a question asks: text → exact mask. */
class QuantitiesTest {

  @Test
  void aNumberFollowedByItsUnitIsStated() {
    assertEquals(DURATION, Quantities.stated("Le préavis est de trois semaines calendaires."));
    assertEquals(DURATION, Quantities.stated("il dispose d'un mois pour répondre"));
    assertEquals(DURATION, Quantities.stated("pendant 18 mois au plus"));
    assertEquals(RATE, Quantities.stated("une majoration de 15 % du salaire horaire"));
    assertEquals(RATE, Quantities.stated("une indemnité égale au triple de la somme due"));
    assertEquals(MONEY, Quantities.stated("une amende de 1 500 euros"));
    assertEquals(HEADCOUNT, Quantities.stated("dans les établissements d'au moins trois cents salariés"));
    assertEquals(DURATION | HEADCOUNT,
        Quantities.stated("dans les entreprises de onze salariés, le mandat dure quatre ans"));
  }

  @Test
  void referencesParagraphsAndBareNumbersAreNoQuantity() {
    assertEquals(NONE, Quantities.stated("dans les conditions prévues à l'article L. 4121-2"));
    assertEquals(NONE, Quantities.stated("1° Le salarié informe l'employeur ; 2° l'employeur répond"));
    assertEquals(NONE, Quantities.stated("Le congé annuel est pris selon les règles de la présente section."));
  }

  @Test
  void theQuestionsObjectSaysWhichKindIsAsked() {
    assertEquals(DURATION, Quantities.asked("combien de semaines de préavis pour un cadre ?"));
    assertEquals(DURATION, Quantities.asked("Quel délai pour contester une sanction ?"));
    assertEquals(DURATION, Quantities.asked("ça dure combien un arrêt pour enfant malade"));
    assertEquals(RATE, Quantities.asked("Quel est le taux de l'indemnité de nuit ?"));
    assertEquals(MONEY, Quantities.asked("Quel est le montant de l'aide au permis ?"));
    assertEquals(HEADCOUNT, Quantities.asked("il faut combien de salariés pour avoir un comité ?"));
    assertEquals(HEADCOUNT, Quantities.asked("À partir de combien on doit avoir une mutuelle ?"));
    // Without accents, as typed on a phone.
    assertEquals(HEADCOUNT, Quantities.asked("a partir de combien de salaries une mutuelle"));
    assertEquals(DURATION, Quantities.asked("quel delai pour rendre mon badge"));
  }

  @Test
  void aBareHowManyAsksAnyKind() {
    assertEquals(ANY, Quantities.asked("Ma prime de vacances, c'est combien ?"));
    assertEquals(ANY, Quantities.asked("combien de tickets resto par mois ?"));
  }

  @Test
  void otherQuestionsAskNone() {
    assertEquals(NONE, Quantities.asked("Mon employeur peut-il refuser mes vacances en août ?"));
    assertEquals(NONE, Quantities.asked("Qui désigne le référent harcèlement ?"));
  }

  @Test
  void onlyAPassageStatingNoneOfTheKindsAskedLoses() {
    assertEquals(1.0, Quantities.factor(NONE, NONE, 0.4));
    assertEquals(1.0, Quantities.factor(DURATION, DURATION | MONEY, 0.4));
    assertEquals(0.6, Quantities.factor(DURATION, MONEY, 0.4), 1e-9);
    assertEquals(1.0, Quantities.factor(ANY, HEADCOUNT, 0.4));
  }
}
