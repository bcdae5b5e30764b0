package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Situations told by two or three things together, and never by one of them alone. */
class SituationsTest {
  private static final String DISCONNECTION = Situations.DISCONNECTION;
  private static final String MONITORING = Situations.UNDISCLOSED_MONITORING;

  @Test
  void contactOutsideWorkingTimeIsTheDroitALaDeconnexion() {
    assertEquals(DISCONNECTION, Situations.wording("Ma responsable m'envoie des SMS le samedi matin"));
    assertEquals(DISCONNECTION, Situations.wording("On m'appelle pendant mes congés pour des urgences"));
    assertEquals(DISCONNECTION, Situations.wording("Des courriels à 23h30, c'est normal ?"));
    assertEquals(DISCONNECTION, Situations.wording("il faut rester joignable en dehors des heures de bureau ?"));
  }

  @Test
  void offTimeOrContactAloneIsAnotherQuestion() {
    assertEquals("", Situations.wording("Je travaille le soir, ai-je droit à une majoration ?"));
    assertEquals("", Situations.wording("J'ai envoyé un message à la RH pour ma mutuelle"));
    assertEquals("", Situations.wording("Je suis en arrêt maladie et mon chef m'appelle"));
  }

  @Test
  void monitoringNobodyWasToldOfIsTheInformationCollectedByADevice() {
    assertEquals(MONITORING, Situations.wording("Le directeur a fait installer un GPS dans ma camionnette à mon insu"));
    assertEquals(MONITORING, Situations.wording("Une caméra filme la caisse et on ne nous a rien dit"));
    assertEquals(MONITORING, Situations.wording("camera planquee dans le vestiaire sans nous prevenir"));
    assertEquals(MONITORING, Situations.wording("Personne ne m’a prévenu que mes appels étaient enregistrés"));
  }

  @Test
  void monitoringOrNotBeingToldAloneIsAnotherQuestion() {
    assertEquals("", Situations.wording("Le CSE doit-il être consulté avant l'installation de caméras ?"));
    assertEquals("", Situations.wording("Puis-je partir en congé sans prévenir ?"));
  }

  @Test
  void bothSituationsAreSearchedOneAfterTheOther() {
    assertEquals(DISCONNECTION + ". " + MONITORING, Situations.wording(
        "On reçoit des mails le dimanche et un logiciel enregistre nos connexions sans nous prévenir"));
  }

  @Test
  void aTimeLimitToGoToCourtIsAPrescription() {
    assertEquals(Situations.LIMITATION, Situations.wording("viré en mars, j'ai jusqu'à quand pour aller aux prud'hommes ?"));
    assertEquals(Situations.LIMITATION, Situations.wording("Est-il trop tard pour contester mon avertissement ?"));
    assertEquals(Situations.LIMITATION, Situations.wording("je peux encore attaquer mon ancien employeur ?"));
  }

  @Test
  void aTimeLimitToClaimWagesIsTheWagesPrescription() {
    assertEquals(Situations.LIMITATION + ". " + Situations.WAGE_LIMITATION,
        Situations.wording("mes heures sup jamais payées, c'est trop tard pour les réclamer ?"));
    assertEquals(Situations.WAGE_LIMITATION, Situations.wording("Ils me doivent une prime depuis 2022, il y a un délai ?"));
  }

  @Test
  void aTimeLimitOrACourtAloneIsAnotherQuestion() {
    assertEquals("", Situations.wording("Quel délai de préavis pour une démission ?"));
    assertEquals("", Situations.wording("Combien les prud'hommes peuvent-ils m'accorder ?"));
  }

  @Test
  void whoSetsTheDatesOfLeaveIsTheOrderOfDepartures() {
    assertEquals(Situations.LEAVE_DATES, Situations.wording("mon patron peut changer mes dates de vacances ?"));
    assertEquals(Situations.LEAVE_DATES, Situations.wording("je pose mes congés quand je veux ?"));
    assertEquals(Situations.LEAVE_DATES, Situations.wording("La direction impose les congés en août, elle peut ?"));
  }

  @Test
  void leaveWithoutDatesOrALeaveOfItsOwnKindIsAnotherQuestion() {
    assertEquals("", Situations.wording("combien de jours de congés payés par an ?"));
    assertEquals("", Situations.wording("mon congé maternité commence en juillet, peut-on le décaler ?"));
    assertEquals("", Situations.wording("j'ai été malade pendant mes congés, je les récupère ?"));
    assertEquals("", Situations.wording("il veut que je coupe mes vacances d'août en deux, il peut ?"));
  }

  @Test
  void provingOnesHoursIsADisputeOverTheHoursWorked() {
    assertEquals(Situations.HOURS_PROOF, Situations.wording("comment prouver mes heures sup ?"));
    assertEquals(Situations.HOURS_PROOF, Situations.wording("la pointeuse a perdu des heures sur mon relevé"));
    assertEquals("", Situations.wording("combien d'heures sup par an au maximum ?"));
  }

  @Test
  void howToGoToTheLabourCourtIsARequestToItsOffice() {
    assertEquals(Situations.COURT_CLAIM, Situations.wording("comment on saisit les prud'hommes ?"));
    assertEquals(Situations.COURT_CLAIM, Situations.wording("je dépose ma demande où pour le CPH ?"));
    assertEquals("", Situations.wording("Les prud'hommes m'ont donné raison."));
  }

  @Test
  void dismissedForOnesHealthIsDiscrimination() {
    assertEquals(Situations.PREGNANCY_PROTECTION, Situations.wording("enceinte de trois mois, ils peuvent me virer ?"));
    assertEquals(Situations.HEALTH_DISCRIMINATION, Situations.wording("un avertissement parce que je suis souvent malade"));
    assertEquals("", Situations.wording("combien d'indemnités pendant mon arrêt maladie ?"));
    assertEquals("", Situations.wording("Mon licenciement économique est-il valable ?"));
  }

  @Test
  void howOneIsToldOfOnesDismissalIsItsNotice() {
    assertEquals(Situations.DISMISSAL_NOTICE, Situations.wording("viré par texto, c'est valable ?"));
    assertEquals(Situations.DISMISSAL_NOTICE, Situations.wording("La lettre de licenciement doit-elle donner le motif du licenciement ?"));
    assertEquals("", Situations.wording("Licenciement pour motif économique : quelles indemnités ?"));
    assertEquals("", Situations.wording("mon chef m'a fait une remarque à l'oral, c'est une sanction ?"));
  }

  @Test
  void comingBackAfterAnAbsenceToSeeTheDoctorIsTheReturnExamination() {
    assertEquals(Situations.RETURN_EXAMINATION,
        Situations.wording("après trois mois d'arrêt, je reprends lundi : je dois voir le médecin du travail ?"));
    assertEquals("", Situations.wording("je reprends lundi après mes congés, je dois prévenir ?"));
  }

  @Test
  void aNoticeOneIsToldNotToWorkIsANoticeNotWorked() {
    assertEquals(Situations.NOTICE_NOT_WORKED,
        Situations.wording("il m'a dit de ne pas revenir pendant mon préavis, il me paie quand même ?"));
    assertEquals("", Situations.wording("combien dure le préavis d'un cadre ?"));
  }

  @Test
  void comingAccompaniedToAnInterviewIsBeingAssisted() {
    assertEquals(Situations.INTERVIEW_ASSISTANCE,
        Situations.wording("convoqué à un entretien préalable, je peux venir avec un collègue ?"));
    assertEquals("", Situations.wording("l'entretien annuel est-il obligatoire ?"));
  }

  @Test
  void hoursByTheDayOrTheWeekAreTheDailyOrWeeklyDuration() {
    assertEquals(Situations.DAILY_HOURS, Situations.wording("des journées de 11 heures, c'est légal ?"));
    assertEquals(Situations.DAILY_HOURS, Situations.wording("il veut qu'on fasse 12h par jour"));
    assertEquals(Situations.WEEKLY_HOURS, Situations.wording("52 heures cette semaine, il y a une limite ?"));
    assertEquals(Situations.WEEKLY_HOURS, Situations.wording("on fait des semaines de 50h"));
    // Clock times say when, not how long.
    assertEquals("", Situations.wording("des journées de 8 h à 21 h sans suivi de ma charge"));
    assertEquals(Situations.DAILY_REST, Situations.wording("je finis à 23h et je reprends à 7h"));
  }

  @Test
  void moneyTakenOffPayForAMistakeIsAPecuniarySanction() {
    assertEquals(Situations.PAY_DOCKED,
        Situations.wording("mon patron veut retenir 150 € sur mon salaire parce que j'ai cassé l'écran du PC"));
    assertEquals(Situations.PAY_DOCKED, Situations.wording("ils m'ont enlevé ma prime pour une erreur de caisse"));
    assertEquals("", Situations.wording("la mutuelle est retenue sur ma paie, c'est normal ?"));
  }

  @Test
  void aLateFinishThenAnEarlyStartIsTheDailyRest() {
    assertEquals(Situations.DAILY_REST,
        Situations.wording("Réunion jusqu'à minuit hier, et le boss veut qu'on soit là à 7h30, c'est légal ?"));
    assertEquals("", Situations.wording("je commence à 8h et je finis à 17h, la pause est payée ?"));
  }

  @Test
  void standingInTheStaffsElectionsIsEligibility() {
    assertEquals(Situations.STANDING,
        Situations.wording("je peux me présenter aux élections du CSE alors que je suis en CDD ?"));
    assertEquals("", Situations.wording("qui peut voter aux élections du CSE ?"));
  }

  @Test
  void leaveLeftWhenLeavingIsTheCompensatoryAllowance() {
    assertEquals(Situations.LEAVE_NOT_TAKEN,
        Situations.wording("je démissionne et il me reste 8 jours de congés, ils sont perdus ?"));
    assertEquals("", Situations.wording("il me reste 8 jours de congés, je dois les poser avant mai ?"));
  }

  @Test
  void aDismissalAfterAWorkAccidentIsTheSuspensionsProtection() {
    assertEquals(Situations.HEALTH_DISCRIMINATION + ". " + Situations.WORK_ACCIDENT_PROTECTION,
        Situations.wording("en arrêt pour accident du travail, mon patron peut me licencier ?"));
    assertEquals(Situations.WORK_ACCIDENT_PROTECTION,
        Situations.wording("Un employeur peut-il licencier un salarié suspendu après un accident de trajet ?"));
    assertEquals(Situations.WORK_ACCIDENT_PROTECTION, Situations.wording("après un accident au taf, on peut me licencier ?"));
    // Unfitness after the accident, and its allowance, are other articles.
    assertEquals(Situations.HEALTH_DISCRIMINATION,
        Situations.wording("licencié pour inaptitude après un accident du travail, quelle indemnité ?"));
  }

  @Test
  void treatedWorseOnAForbiddenGroundIsDiscrimination() {
    assertEquals(Situations.DISCRIMINATION,
        Situations.wording("écartée d'une promotion à cause de mon âge, c'est légal ?"));
    assertEquals(Situations.DISCRIMINATION, Situations.wording("on m'a mis un avertissement parce que j'ai fait grève"));
    assertEquals("", Situations.wording("à quel âge peut-on partir à la retraite ?"));
  }

  @Test
  void aSanctionForFactsMonthsOldIsTheTwoMonthLimit() {
    assertEquals(Situations.DISCIPLINARY_LIMITATION,
        Situations.wording("un avertissement pour des retards d'il y a trois mois, il peut encore ?"));
    assertEquals("", Situations.wording("un avertissement doit-il être écrit ?"));
  }

  @Test
  void hoursBeyondAPartTimeContractAreComplementary() {
    assertEquals(Situations.COMPLEMENTARY_HOURS,
        Situations.wording("à temps partiel, mon patron peut me faire faire combien d'heures en plus ?"));
    assertEquals(Situations.COMPLEMENTARY_HOURS, Situations.wording("à mi-temps, des heures sup payées comment ?"));
    assertEquals("", Situations.wording("je suis à temps partiel, j'ai droit aux tickets resto ?"));
  }
}
