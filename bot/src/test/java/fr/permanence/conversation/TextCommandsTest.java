package fr.permanence.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCommandsTest {
  private static Optional<TextCommands.Parsed> parse(String text, boolean addressed) {
    return TextCommands.parse(text, "!", addressed);
  }

  @Test
  void readsCommandsAndTheirText() {
    assertEquals(Optional.of(new TextCommands.Parsed(Command.ASK, "Le CSE est-il consulté ?", Map.of())),
        parse("!question   Le CSE est-il consulté ?", false));
    assertEquals(Optional.of(new TextCommands.Parsed(Command.ARTICLE, "L2312-8", Map.of())), parse("!Article L2312-8", false));
    assertEquals(Optional.of(new TextCommands.Parsed(Command.SUMMARY, "", Map.of())), parse("!formateurs résumé", false));
    assertEquals(Optional.of(new TextCommands.Parsed(Command.CORPUS_STATUS, "", Map.of())), parse("!corpus État", false));
    assertEquals(Optional.of(new TextCommands.Parsed(Command.CORPUS_REMOVE, "guide-des-elus", Map.of())),
        parse("!corpus retirer guide-des-elus", false));
    assertEquals(Optional.of(new TextCommands.Parsed(Command.FORGET, "", Map.of())), parse("!oubli", false));
  }

  @Test
  void treatsAddressedTextAsAQuestionAndIgnoresTheRest() {
    assertEquals(Optional.of(new TextCommands.Parsed(Command.ASK, "C'est quoi le CSE ?", Map.of())),
        parse("C'est quoi le CSE ?", true));
    assertEquals(Optional.empty(), parse("C'est quoi le CSE ?", false));
    assertEquals(Optional.empty(), parse("!", false));
    assertEquals(Optional.of(new TextCommands.Parsed(Command.HELP, "", Map.of("unknown", "questoin"))),
        parse("!questoin le CSE", false));
    assertEquals(Optional.of(new TextCommands.Parsed(Command.HELP, "", Map.of("unknown", "corpus vider"))),
        parse("!corpus vider", false));
  }
}
