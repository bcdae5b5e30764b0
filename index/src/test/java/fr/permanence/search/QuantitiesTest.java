package fr.permanence.search;

import static fr.permanence.search.Quantities.ANY;
import static fr.permanence.search.Quantities.DAYS;
import static fr.permanence.search.Quantities.DURATION;
import static fr.permanence.search.Quantities.HEADCOUNT;
import static fr.permanence.search.Quantities.HOURS;
import static fr.permanence.search.Quantities.MONEY;
import static fr.permanence.search.Quantities.MONTHS;
import static fr.permanence.search.Quantities.NONE;
import static fr.permanence.search.Quantities.PER_DAY;
import static fr.permanence.search.Quantities.PER_MONTH;
import static fr.permanence.search.Quantities.PER_WEEK;
import static fr.permanence.search.Quantities.PER_YEAR;
import static fr.permanence.search.Quantities.RATE;
import static fr.permanence.search.Quantities.WEEKS;
import static fr.permanence.search.Quantities.YEARS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which quantities a text states and a question asks: text → exact mask. */
class QuantitiesTest {

  @Test
  void aNumberFollowedByItsUnitIsStated() {
    assertEquals(DURATION | WEEKS, Quantities.stated("Le préavis est de trois semaines calendaires."));
    assertEquals(DURATION | MONTHS, Quantities.stated("il dispose d'un mois pour répondre"));
    assertEquals(DURATION | MONTHS, Quantities.stated("pendant 18 mois au plus"));
    assertEquals(RATE, Quantities.stated("une majoration de 15 % du salaire horaire"));
    assertEquals(RATE, Quantities.stated("une indemnité égale au triple de la somme due"));
    assertEquals(MONEY, Quantities.stated("une amende de 1 500 euros"));
    assertEquals(HEADCOUNT, Quantities.stated("dans les établissements d'au moins trois cents salariés"));
    assertEquals(DURATION | YEARS | HEADCOUNT,
        Quantities.stated("dans les entreprises de onze salariés, le mandat dure quatre ans"));
  }

  @Test
  void numbersAndWordsAreReadWhateverTheirCase() {
    // Headings and tables write in capitals; a sentence starts with a capital.
    assertEquals(DURATION | WEEKS, Quantities.stated("PRÉAVIS : TROIS SEMAINES"));
    assertEquals(DURATION | DAYS | PER_MONTH, Quantities.stated("Deux jours ouvrables Par mois."));
    assertEquals(RATE, Quantities.stated("La Moitié du salaire"));
    assertEquals(RATE, Quantities.stated("Au Double du taux normal"));
    assertEquals(HEADCOUNT, Quantities.stated("Onze Salariés au moins"));
    assertEquals(DURATION | YEARS, Quantities.stated("Pendant un an"));
  }

  @Test
  void referencesParagraphsAndBareNumbersAreNoQuantity() {
    assertEquals(NONE, Quantities.stated("dans les conditions prévues à l'article L. 4121-2"));
    assertEquals(NONE, Quantities.stated("1° Le salarié informe l'employeur ; 2° l'employeur répond"));
    assertEquals(NONE, Quantities.stated("Le congé annuel est pris selon les règles de la présente section."));
  }

  @Test
  void theQuestionsObjectSaysWhichKindIsAsked() {
    assertEquals(DURATION | WEEKS, Quantities.asked("combien de semaines de préavis pour un cadre ?"));
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
  void aPassageAnswersWhenItStatesTheKindAndUnitAsked() {
    long days = Quantities.asked("combien de jours de congé pour un mariage ?");
    assertEquals(true, Quantities.answers(days, Quantities.stated("quatre jours pour son mariage")));
    assertEquals(false, Quantities.answers(days, Quantities.stated("dans un délai de deux mois")));
    assertEquals(false, Quantities.answers(days, Quantities.stated("Le salarié a droit à un congé.")));
    assertEquals(false, Quantities.answers(NONE, Quantities.stated("quatre jours pour son mariage")));
  }

  @Test
  void leaveIsCountedInDays() {
    assertEquals(DURATION | DAYS, Quantities.asked("j'ai droit à combien de congés payés ?"));
    assertEquals(DURATION | DAYS, Quantities.asked("combien de CP j'ai accumulé"));
    assertEquals(DURATION | DAYS | PER_YEAR, Quantities.asked("on a combien de RTT par an chez Syntec ?"));
    // A number of leave days is answered by days, not by how long an approval lasts.
    double missing = 0.5;
    assertEquals(1, Quantities.factor(Quantities.asked("combien de congés ?"),
        Quantities.stated("un congé de deux jours et demi ouvrables par mois"), missing, 1, 0), 1e-9);
    assertEquals(0.5, Quantities.factor(Quantities.asked("combien de congés ?"),
        Quantities.stated("délivré pour une durée n'excédant pas cinq ans"), missing, 1, 0), 1e-9);
  }

  @Test
  void aBareHowManyAsksAnyKind() {
    assertEquals(ANY, Quantities.asked("Ma prime de vacances, c'est combien ?"));
    assertEquals(ANY | PER_MONTH, Quantities.asked("combien de tickets resto par mois ?"));
  }

  @Test
  void otherQuestionsAskNone() {
    assertEquals(NONE, Quantities.asked("Mon employeur peut-il refuser mes vacances en août ?"));
    assertEquals(NONE, Quantities.asked("Qui désigne le référent harcèlement ?"));
  }

  @Test
  void onlyAPassageStatingNoneOfTheKindsAskedLoses() {
    assertEquals(1.0, Quantities.factor(NONE, NONE, 0.4, 1, 0));
    assertEquals(1.0, Quantities.factor(DURATION, DURATION | MONEY, 0.4, 1, 0));
    assertEquals(0.6, Quantities.factor(DURATION, MONEY, 0.4, 1, 0), 1e-9);
    assertEquals(1.0, Quantities.factor(ANY, HEADCOUNT, 0.4, 1, 0));
  }

  @Test
  void aDurationsUnitIsReadFromItsWords() {
    // "par mois" has no number: a rate of accrual, not a second duration; it is the period counted by.
    assertEquals(DURATION | DAYS | PER_MONTH,
        Quantities.stated("un congé de deux jours et demi ouvrables par mois de travail effectif"));
    assertEquals(DURATION | HOURS | PER_WEEK, Quantities.stated("au-delà de 35 heures par semaine"));
    assertEquals(DURATION | MONTHS, Quantities.stated("informés au moins deux mois avant l'ouverture"));
    assertEquals(DURATION | DAYS, Quantities.asked("j'ai droit à combien de jours de repos ?"));
    assertEquals(DURATION | HOURS | PER_WEEK, Quantities.asked("combien d'heures par semaine au maximum"));
    assertEquals(DURATION, Quantities.asked("combien de temps dure le préavis ?"));
  }

  @Test
  void aDurationInAnotherUnitThanTheOneNamedLosesItsShare() {
    // "Combien de jours ?" against a passage stating months only, then one stating days.
    assertEquals(0.8, Quantities.factor(DURATION | DAYS, DURATION | MONTHS, 0.4, 0.5, 0), 1e-9);
    assertEquals(1.0, Quantities.factor(DURATION | DAYS, DURATION | DAYS | MONTHS, 0.4, 0.5, 0));
    // No unit named: any duration answers.
    assertEquals(1.0, Quantities.factor(DURATION, DURATION | MONTHS, 0.4, 0.5, 0));
    // Another kind asked too and stated: the unit does not matter.
    assertEquals(1.0, Quantities.factor(DURATION | DAYS | MONEY, DURATION | MONTHS | MONEY, 0.4, 0.5, 0));
  }

  @Test
  void thePeriodAQuantityIsCountedByIsReadBesideIt() {
    assertEquals(DURATION | HOURS | PER_DAY, Quantities.stated("La durée quotidienne ne peut excéder dix heures."));
    assertEquals(MONEY | PER_YEAR, Quantities.stated("une prime de 300 euros versée chaque année"));
    assertEquals(DURATION | DAYS | PER_MONTH, Quantities.stated("deux jours de repos acquis au titre de chaque mois"));
    assertEquals(DURATION | DAYS | PER_WEEK, Quantities.asked("combien de jours de repos par semaine ?"));
    // Without accents, as typed on a phone.
    assertEquals(DURATION | DAYS | PER_YEAR, Quantities.asked("combien de jours de formation par annee ?"));
    // No quantity stated or asked: the period alone says nothing.
    assertEquals(NONE, Quantities.stated("Le salarié bénéficie d'un entretien annuel."));
    assertEquals(NONE, Quantities.asked("je dois pointer chaque jour ?"));
  }

  @Test
  void aQuantityCountedByAnotherPeriodThanTheOneNamedLosesItsShare() {
    // "Combien de jours par mois ?" against twelve days with no period, then two and a half a month.
    assertEquals(0.8, Quantities.factor(DURATION | DAYS | PER_MONTH, DURATION | DAYS, 0.4, 0.5, 0.5), 1e-9);
    assertEquals(1.0, Quantities.factor(DURATION | DAYS | PER_MONTH, DURATION | DAYS | PER_MONTH, 0.4, 0.5, 0.5));
    // Another unit and no period: never less than stating no quantity at all.
    assertEquals(0.6, Quantities.factor(DURATION | DAYS | PER_MONTH, DURATION | WEEKS, 0.4, 1, 1), 1e-9);
    // No period named: any answers.
    assertEquals(1.0, Quantities.factor(DURATION | DAYS, DURATION | DAYS | PER_YEAR, 0.4, 0.5, 0.5));
  }

  @Test
  void whatAccruesEachMonthAnswersWhatAYearGives() {
    long perYear = Quantities.asked("combien de jours de congés par an ?");
    assertEquals(DURATION | DAYS | PER_YEAR, perYear);
    long perMonth = Quantities.stated("un congé de deux jours et demi ouvrables par mois de travail effectif");
    assertEquals(1.0, Quantities.factor(perYear, perMonth, 0.4, 0.5, 0.5));
    // Not the other way round: a yearly figure does not say what one month gives.
    assertEquals(0.8, Quantities.factor(DURATION | DAYS | PER_MONTH, DURATION | DAYS | PER_YEAR, 0.4, 0.5, 0.5), 1e-9);
    // Nor a week's or a day's figure a year's.
    assertEquals(0.8, Quantities.factor(perYear, DURATION | DAYS | PER_WEEK, 0.4, 0.5, 0.5), 1e-9);
  }
}
