package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What a message asks, apart from its situation: message → exact focus and context. */
class QuestionFocusTest {
  private static final Analyzer ANALYZER = new FrenchLegalAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  private static QuestionFocus focus(String message) {
    return QuestionFocus.of(message, ANALYZER);
  }

  @Test
  void oneSentenceIsAllFocus() {
    QuestionFocus f = focus("Mon employeur peut-il lire mes mails professionnels ?");
    assertEquals("Mon employeur peut-il lire mes mails professionnels ?", f.focus());
    assertEquals("", f.context());
    assertFalse(f.hasContext());
  }

  @Test
  void wherePremisesAreIsContext() {
    QuestionFocus f = focus("camera dans les bureaux employeur a le droit ?");
    assertEquals("camera employeur a le droit ?", f.focus());
    assertEquals("dans les bureaux", f.context());
    f = focus("Je suis cariste. L'installation de caméras à l'atelier nécessite-t-elle l'avis du CSE ?");
    assertEquals("L'installation de caméras nécessite-t-elle l'avis du CSE ?", f.focus());
    assertEquals("Je suis cariste. à l'atelier", f.context());
  }

  @Test
  void premisesNamedByTheirComplementOrLeftAloneStayAsked() {
    // A body, not a place: what is asked.
    assertEquals("Qui siège au bureau de vote des élections du CSE ?",
        focus("Qui siège au bureau de vote des élections du CSE ?").focus());
    // Without it, too little would be left to search.
    assertEquals("le wifi au bureau ?", focus("le wifi au bureau ?").focus());
    // "il y a" is a verb; a car park is as often what is asked as where.
    assertEquals("il y a un parking gratuit près du boulot ?", focus("il y a un parking gratuit près du boulot ?").focus());
  }

  @Test
  void theSentenceWithAQuestionMarkIsTheFocus() {
    QuestionFocus f = focus("Je travaille chez Zorglub à Quimper depuis 2019. Notre DSI déploie ServiceNow ce mois-ci. "
        + "Le CSE doit-il être consulté avant l'introduction d'un nouvel outil ?");
    assertEquals("Le CSE doit-il être consulté avant l'introduction d'un nouvel outil ?", f.focus());
    assertEquals("Je travaille chez Zorglub à Quimper depuis 2019. Notre DSI déploie ServiceNow ce mois-ci.", f.context());
    assertTrue(f.hasContext());
    // The context's words that the focus does not use, for a lighter weight.
    assertTrue(f.contextTerms().contains("quimp") && !f.contextTerms().contains("cse"), f.contextTerms().toString());
  }

  @Test
  void withoutAQuestionMarkAnInterrogativeSentenceIsTheFocus() {
    QuestionFocus f = focus("On m'appelle le dimanche pour des incidents. Combien d'heures d'astreinte peut-on m'imposer.");
    assertEquals("Combien d'heures d'astreinte peut-on m'imposer.", f.focus());
  }

  @Test
  void withoutAnyQuestionTheLastSentenceIsTheFocus() {
    QuestionFocus f = focus("Mon contrat se termine en juin. Je voudrais connaître mes droits au chômage");
    assertEquals("Je voudrais connaître mes droits au chômage", f.focus());
  }

  @Test
  void aShortQuestionTakesTheSentenceBeforeIt() {
    QuestionFocus f = focus("Je suis en arrêt depuis mars. Mon manager m'envoie des messages Slack à 23h pour des urgences. "
        + "Il a le droit ?");
    assertEquals("Mon manager m'envoie des messages Slack à 23h pour des urgences. Il a le droit ?", f.focus());
    assertEquals("Je suis en arrêt depuis mars.", f.context());
  }

  @Test
  void severalQuestionsAreAllFocus() {
    QuestionFocus f = focus("J'ai fait 50 heures cette semaine. Les heures sup sont-elles majorées ? Et je peux les récupérer ?");
    assertEquals("Les heures sup sont-elles majorées ? Et je peux les récupérer ?", f.focus());
  }

  @Test
  void abbreviationsAndArticleNumbersDoNotEndASentence() {
    assertEquals(List.of("Selon l'art. L. 2312-8 du code, le CSE est consulté.", "Et pour un logiciel ?"),
        QuestionFocus.sentences("Selon l'art. L. 2312-8 du code, le CSE est consulté. Et pour un logiciel ?"));
    assertEquals(List.of("Je suis élu au CSE.", "Ai-je des heures de délégation ?"),
        QuestionFocus.sentences("Je suis élu au CSE. Ai-je des heures de délégation ?"));
  }

  @Test
  void lineBreaksSeparateSentences() {
    assertEquals(List.of("Bonjour", "ma boîte installe une badgeuse", "elle doit consulter le CSE ?"),
        QuestionFocus.sentences("Bonjour\nma boîte installe une badgeuse\n\nelle doit consulter le CSE ?"));
  }

  @Test
  void questionsAskingWhoSomeoneIs() {
    for (String q : new String[] {"qui dirige la fédération ?", "C'est qui le patron de Numeum ?",
        "Qui est la secrétaire générale du syndicat ?", "le nom du médecin du travail de mon site ?",
        "Qui a remporté le match hier soir ?", "qui a ecrit ce bouquin sur l'usine ?",
        "la nouvelle DRH, comment elle s'appelle ?", "le gardien du parking il s'appelle comment ?",
        "c ki le ministre du travail ?", "Qui est le ministre du Travail en ce moment ?"}) {
      assertTrue(QuestionFocus.asksForAPerson(q), q);
    }
    for (String q : new String[] {"Qui paie l'expert du CSE ?", "qui peut saisir les prud'hommes ?",
        "Qui est concerné par le télétravail ?", "Qui a le droit de refuser une astreinte ?",
        "Qui a la charge de prouver les heures faites ?"}) {
      assertFalse(QuestionFocus.asksForAPerson(q), q);
    }
  }

  /** A text message asks without a question mark nor inversion, often mid-sentence. */
  @Test
  void chatAsksWithoutAQuestionMark() {
    QuestionFocus f = focus("je suis cadre dans une agence de 30 personnes\n"
        + "mon chef m'appelle tous les soirs à 22h j'ai le droit de pas décrocher\nmerci d'avance");
    assertEquals("mon chef m'appelle tous les soirs à 22h j'ai le droit de pas décrocher", f.focus());
    assertEquals("je suis cadre dans une agence de 30 personnes merci d'avance", f.context());
    f = focus("on a eu une prime en juin. c'est normal qu'elle soit pas sur la fiche de paie");
    assertEquals("c'est normal qu'elle soit pas sur la fiche de paie", f.focus());
  }
}
