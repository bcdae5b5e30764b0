package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionFocusTest {
  @Test
  void aOneSentenceQuestionIsItsOwnFocus() {
    assertEquals("Le CSE doit-il être consulté sur un logiciel de suivi ?",
        QuestionFocus.of("Le CSE doit-il être consulté sur un logiciel de suivi ?"));
  }

  @Test
  void theSituationToldFirstIsContext() {
    assertEquals("Mon employeur peut-il lire mes messages ?",
        QuestionFocus.of("Je bosse dans une ESN à Lyon depuis 2019, on utilise Slack et Jira. Mon employeur peut-il lire mes messages ?"));
  }

  @Test
  void withoutAQuestionMarkTheLastSentenceAsks() {
    assertEquals("Je voudrais savoir si c'est légal.",
        QuestionFocus.of("On a un nouveau badge à l'entrée du site de Nantes. Je voudrais savoir si c'est légal."));
  }

  @Test
  void asidesInBracketsAreContext() {
    assertEquals("Chez nous, la direction installe un outil de suivi : le CSE doit-il être consulté ?",
        QuestionFocus.of("Chez nous (ESN de 600 personnes), la direction installe un outil de suivi : le CSE doit-il être consulté ?"));
  }

  @Test
  void questionsAskingWhoSomeoneIs() {
    for (String q : new String[] {"qui dirige la fédération ?", "C'est qui le patron de Numeum ?",
        "Qui est la secrétaire générale du syndicat ?", "le nom du médecin du travail de mon site ?"}) {
      assertEquals(true, QuestionFocus.asksForAPerson(q), q);
    }
    for (String q : new String[] {"Qui paie l'expert du CSE ?", "qui peut saisir les prud'hommes ?",
        "Qui est concerné par le télétravail ?"}) {
      assertEquals(false, QuestionFocus.asksForAPerson(q), q);
    }
  }
}
