package fr.permanence.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one French command grammar: typed text in, the exact command, text and options out. */
class CommandGrammarTest {
  private static Optional<ParsedCommand> matrix(String text, boolean addressed) {
    return CommandGrammar.parse(text, "!", addressed);
  }

  private static ParsedCommand console(String text) {
    return CommandGrammar.parse(text, "/", true).orElseThrow();
  }

  private static ParsedCommand parsed(Command command, String text) {
    return new ParsedCommand(command, text, Map.of());
  }

  @Test
  void namesEveryCommandByItsFrenchWords() {
    for (Command c : Command.values()) {
      assertEquals(Optional.of(c), Command.fromFrench(c.french()), c.french());
    }
    assertEquals(Optional.of(Command.SUMMARY), Command.fromFrench("  Formatrices   Résumé "));
    assertEquals(Optional.of(Command.PASSAGE), Command.fromFrench("voir"));
    assertEquals(Optional.empty(), Command.fromFrench("corpus vider"));
    assertEquals(Optional.empty(), Command.fromFrench("corpus"));
    assertEquals(Optional.empty(), Command.fromFrench(""));
  }

  @Test
  void readsPrefixedCommandsAndTheirText() {
    assertEquals(Optional.of(parsed(Command.ASK, "Le CSE est-il consulté ?")),
        matrix("!question   Le CSE est-il consulté ?", false));
    assertEquals(Optional.of(parsed(Command.ARTICLE, "L2312-8")), matrix("!Article L2312-8", false));
    assertEquals(Optional.of(parsed(Command.SUMMARY, "")), matrix("!formateurs résumé", false));
    assertEquals(Optional.of(parsed(Command.CORPUS_STATUS, "")), matrix("!corpus État", false));
    assertEquals(Optional.of(parsed(Command.CORPUS_REMOVE, "guide-des-elus")),
        matrix("!corpus retirer guide-des-elus", false));
    assertEquals(Optional.of(parsed(Command.FORGET, "")), matrix("!oubli", false));
    assertEquals(Optional.of(parsed(Command.HELP, "")), matrix("! aide", false));
  }

  @Test
  void helpsWithAnUnknownPrefixedWordAndIgnoresUnaddressedChatter() {
    assertEquals(Optional.of(parsed(Command.ASK, "C'est quoi le CSE ?")), matrix("C'est quoi le CSE ?", true));
    assertEquals(Optional.empty(), matrix("C'est quoi le CSE ?", false));
    assertEquals(Optional.empty(), matrix("!", false));
    assertEquals(Optional.empty(), matrix("   ", true));
    assertEquals(Optional.of(new ParsedCommand(Command.HELP, "", Map.of("unknown", "questoin"))),
        matrix("!questoin le CSE", false));
    assertEquals(Optional.of(new ParsedCommand(Command.HELP, "", Map.of("unknown", "corpus vider"))),
        matrix("!corpus vider", false));
  }

  @Test
  void readsBareCommandsExactlyAsHelpShowsThem() {
    assertEquals(parsed(Command.HELP, ""), console("aide"));
    assertEquals(parsed(Command.HELP, ""), console("/aide"));
    assertEquals(parsed(Command.SUMMARY, ""), console("formateurs resume"));
    assertEquals(parsed(Command.REPORT, ""), console("/formateurs rapport"));
    assertEquals(parsed(Command.CORPUS_LIST, ""), console("corpus liste"));
    assertEquals(parsed(Command.ARTICLE, "L. 2312-8"), console("article L. 2312-8"));
    assertEquals(parsed(Command.PASSAGE, "guide#p3-a1b2c3"), console("voir guide#p3-a1b2c3"));
    assertEquals(parsed(Command.FORGET, ""), console("oubli"));
    assertEquals(parsed(Command.GAP_HANDLED, "g-3fa9c2e1 fiche « essai » ajoutée"),
        console("formateurs traite g-3fa9c2e1 fiche « essai » ajoutée"));
    assertEquals(parsed(Command.GAP_HANDLED, "g-3fa9c2e1 fiche ajoutée"), matrix("!Formatrices traité g-3fa9c2e1 fiche ajoutée",
        false).orElseThrow());
    assertEquals(parsed(Command.HELP, ""), console("Bonjour !"));
  }

  @Test
  void readsABareLineThatIsNotOnlyACommandAsAQuestion() {
    for (String question : List.of("aide au retour à l'emploi ?", "article 5 de la convention Syntec",
        "voir un avocat, c'est payant ?", "oubli de badge, sanction ?", "corpus", "formateurs : qui paie ?",
        "merci de me dire si j'ai droit aux congés", "merci pour l'info, et les congés payés ?")) {
      assertEquals(parsed(Command.ASK, question), console(question), question);
    }
  }

  @Test
  void readsVotesWithTheirReason() {
    assertEquals(new ParsedCommand(Command.FEEDBACK, "", Map.of("vote", "up")), console("👍"));
    assertEquals(new ParsedCommand(Command.FEEDBACK, "", Map.of("vote", "up")), console("👍🏽"));
    assertEquals(new ParsedCommand(Command.FEEDBACK, "", Map.of("vote", "down", "raison", "hors sujet")),
        console("👎 hors sujet"));
    assertEquals(new ParsedCommand(Command.FEEDBACK, "", Map.of("vote", "down", "raison", "cite un article abrogé")),
        console("👎️ : cite un article abrogé"));
    assertEquals(new ParsedCommand(Command.FEEDBACK, "", Map.of("vote", "down")), console("-1"));
    assertEquals(Optional.of(new ParsedCommand(Command.FEEDBACK, "", Map.of("vote", "up", "raison", "clair"))),
        matrix("!avis 👍 clair", false));
    assertEquals(parsed(Command.ASK, "-10 % sur mon salaire, c'est légal ?"), console("-10 % sur mon salaire, c'est légal ?"));
  }

  @Test
  void answersSmallTalkWithTheHelp() {
    for (String greeting : List.of("salut ! ça va toi ?", "Bonjour à tous", "coucou, comment ça va ?",
        "Bonsoir, comment allez-vous ?", "ça va ?", "t'es un robot ?", "coucou, tu t'appelles comment ?")) {
      assertEquals(parsed(Command.HELP, ""), console(greeting), greeting);
    }
    for (String question : List.of("salut, ça va si je pose mes congés en août ?", "bonjour, mon patron peut lire mes mails ?",
        "t'es un robot ? mon préavis dure combien ?")) {
      assertEquals(parsed(Command.ASK, question), console(question), question);
    }
  }

  @Test
  void acknowledgesThanksWithoutSearching() {
    for (String thanks : List.of("merci", "Merci !", "merci beaucoup 🙏", "Super, merci.", "Merci pour la réponse !",
        "Ok merci beaucoup pour votre aide", "merci pour l'info", "Parfait, merci, c'est clair",
        "merci bcp, bonne soirée", "Merci pour votre aide et bonne journée !", "ok super, merci pour les infos 👍")) {
      assertEquals(parsed(Command.THANKS, ""), console(thanks), thanks);
    }
  }

  @Test
  void readsNamedOptionsOfCorpusCommands() {
    assertEquals(new ParsedCommand(Command.CORPUS_ADD, "\"/tmp/Mon guide.pdf\"",
            Map.of("titre", "Guide du télétravail", "annee", "2024")),
        console("corpus ajouter \"/tmp/Mon guide.pdf\" --titre Guide du télétravail --année 2024"));
    assertEquals(List.of("/tmp/Mon guide.pdf"), console("corpus ajouter \"/tmp/Mon guide.pdf\" --titre X").words());
    assertEquals(new ParsedCommand(Command.CORPUS_ADD, "accord.txt", Map.of("titre", "L'accord d'entreprise")),
        console("/corpus ajouter accord.txt --titre \"L'accord d'entreprise\""));
    assertEquals(List.of("guide", "L'accord d'entreprise.txt"),
        console("corpus remplacer guide « L'accord d'entreprise.txt »").words());
    assertEquals(new ParsedCommand(Command.CORPUS_ADD, "Titre libre", Map.of()), matrix("!corpus ajouter Titre libre", false).orElseThrow());
  }
}
