package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The two situations told by two things together, and never by one of them alone. */
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
}
