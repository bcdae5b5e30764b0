package fr.permanence.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a slash command's options become the core's command text. */
class SlashCommandsTest {
  @Test
  void theTextIsTheFirstTextOptionGiven() {
    assertEquals("Le CSE est-il consulté ?", SlashCommands.text(Map.of("texte", "Le CSE est-il consulté ?")));
    assertEquals("L2312-8", SlashCommands.text(Map.of("numero", "L2312-8")));
    assertEquals("g-3f2a", SlashCommands.text(Map.of("identifiant", "g-3f2a", "note", "formation faite")));
    // /corpus remplacer: the document's short name is the text, the file travels apart.
    assertEquals("guide-ia", SlashCommands.text(Map.of("nom", "guide-ia")));
    // /corpus ajouter: a title, an author... are named options, never the text.
    assertEquals("", SlashCommands.text(Map.of("titre", "Guide IA", "auteur", "CGT")));
    assertEquals("", SlashCommands.text(Map.of()));
  }

  @Test
  void anIdentifierComesBeforeAName() {
    assertEquals("g-3f2a", SlashCommands.text(Map.of("nom", "guide-ia", "identifiant", "g-3f2a")));
  }
}
