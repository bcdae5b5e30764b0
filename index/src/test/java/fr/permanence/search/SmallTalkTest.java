package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which messages are small talk: message → exact answer. */
class SmallTalkTest {
  @Test
  void greetingsAndHowOneIsDoingAreSmallTalk() {
    for (String message : List.of("Bonjour", "bonjour à tous !", "Coucou, comment vas-tu ?", "slt sa va",
        "Hello, tu vas bien ?", "yo quoi de neuf", "Bonsoir, vous allez bien de votre côté ?",
        "re bonjour", "hey, la forme ?", "Salut ! T'as passé une bonne soirée ?")) {
      assertTrue(SmallTalk.isSmallTalk(message), message);
    }
  }

  @Test
  void questionsToTheBotAboutItselfAreSmallTalk() {
    for (String message : List.of("t'es qui ?", "Qui êtes-vous ?", "vous êtes un humain ?",
        "c'est un bot ou une vraie personne ?", "Es-tu vraiment une IA ?", "comment tu t'appelles ?",
        "Quel est votre nom ?", "Quelle heure est-il ?", "vous avez l'heure svp", "dis-moi une blague",
        "une petite blague sur les juristes ?", "t'es top, merci !", "coucou, t'es là ?", "y a quelqu'un ?",
        "slt ça va? t ki toi en vrai", "t'es qui au juste ?", "t un robot ou un vrai gars du syndicat ?")) {
      assertTrue(SmallTalk.isSmallTalk(message), message);
    }
  }

  @Test
  void thanksAndGoodbyesAreThanksAndSmallTalk() {
    for (String message : List.of("merci", "Merci !", "merci beaucoup 🙏", "Super, merci.", "ok super merci pour les infos",
        "Merci pour votre aide et bonne journée !", "merci bcp, bonne soirée à vous", "d'accord merci, à plus")) {
      assertTrue(SmallTalk.isThanks(message), message);
      assertTrue(SmallTalk.isSmallTalk(message), message);
    }
    assertFalse(SmallTalk.isThanks("bonjour"));
    assertFalse(SmallTalk.isThanks("au revoir"));
  }

  @Test
  void aMessageThatAsksAnythingElseIsNot() {
    for (String message : List.of("salut, ça va si je pose mes congés en août ?", "bonjour, mon patron peut lire mes mails ?",
        "merci de me dire si j'ai droit aux congés", "merci pour l'info, et les congés payés ?",
        "coucou, t'es un robot ? je voudrais connaître mon préavis", "à quelle heure commence le travail de nuit ?",
        "il est quelle heure la pause légale ?", "Qui est le délégué syndical ?", "une blague raciste au bureau, c'est une faute ?",
        "heures sup", "", "   ")) {
      assertFalse(SmallTalk.isSmallTalk(message), message);
    }
  }

  @Test
  void aVeryLongRunOfThanksWordsIsNotThanksAndDoesNotOverflow() {
    // 3,000 words: Java's matcher recursed once per repeated piece and overflowed the stack.
    assertFalse(SmallTalk.isThanks("ok ".repeat(3000) + "merci"));
    assertFalse(SmallTalk.isThanks("merci" + " à toi".repeat(3000)));
    assertFalse(SmallTalk.isSmallTalk("ok ".repeat(3000) + "merci"));
  }

  @Test
  void aLongMessageIsAQuestionWhateverItsWords() {
    assertFalse(SmallTalk.isSmallTalk("bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour"
        + " bonjour bonjour bonjour bonjour bonjour bonjour bonjour"));
  }
}
