package fr.permanence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inline repairs, one artefact at a time; the strings are taken from the corpus documents. */
class TextRepairTest {
  @Test
  void ligatureGlyphsBecomeTheirLetters() {
    assertEquals("introduction", TextRepair.ligatures("introducƟon"));
    assertEquals("cette", TextRepair.ligatures("ceƩe"));
    assertEquals("Microsoft, Amazon et Google", TextRepair.ligatures("MicrosoŌ, Amazon et Google"));
    assertEquals("institutionnel", TextRepair.ligatures("insƟtuƟonnel"));
  }

  @Test
  void spacedOutLettersAreJoined() {
    assertEquals("destruction de millions d'emplois.", TextRepair.spacedLetters("destruction de millions d ' e m p l o i s ."));
    assertEquals("de millions d’emplois.", TextRepair.spacedLetters("de millions d ’ e m p l o i s ."));
    // Fewer than five single letters in a row is ordinary text ("à y a"), left alone.
    assertEquals("il y a à faire", TextRepair.spacedLetters("il y a à faire"));
  }

  @Test
  void detachedDropCapIsReattached() {
    assertEquals("Après l’explosion de la bulle", TextRepair.dropCap(".A près l’explosion de la bulle"));
    assertEquals("A. Dupont", TextRepair.dropCap("A. Dupont"));
  }

  @Test
  void footnoteCallsGluedToWordsAreRemoved() {
    assertEquals("Le LaborIA est le fruit", TextRepair.removeGluedCalls("Le LaborIA90 est le fruit"));
    assertEquals("des activités de l’entreprise. » Cela recouvre",
        TextRepair.removeGluedCalls("des activités de l’entreprise. »92 Cela recouvre"));
    assertEquals("au moins une fois par semaine\u2009;", TextRepair.removeGluedCalls("au moins une fois par semaine32\u2009;"));
    assertEquals("constitue un obstacle.", TextRepair.removeGluedCalls("constitue un obstacle31."));
  }

  @Test
  void footnoteCallsGluedToPunctuationAreRemoved() {
    assertEquals("Digital Intensity Index (DII) qui permet", TextRepair.removeGluedCalls("Digital Intensity Index (DII)18 qui permet"));
    assertEquals("soit environ 28 %, dont 83 %", TextRepair.removeGluedCalls("soit environ 28 %36, dont 83 %"));
    assertEquals("modification du rôle des managers…", TextRepair.removeGluedCalls("modification du rôle des managers…74"));
    assertEquals("la communauté contributrice. Leurs briques", TextRepair.removeGluedCalls("la communauté contributrice.110 Leurs briques"));
    assertEquals("les clients ou les employés ;", TextRepair.removeGluedCalls("les clients ou les employés ;25"));
  }

  @Test
  void namesAndReferencesWithDigitsStay() {
    for (String kept : new String[] {
        "une étiquette CO2 d’un email", "l’article L2312-8", "entre entreprises (B2B) domestiques",
        "la 4G et la 5G", "COM(2021)118 final", "art. L.2312-17 et L.2312-24", "l’al.2 du texte",
        "voir https://www.senat.fr/rap/r18-635/r18-63511.html#toc333 ici"}) {
      assertEquals(kept, TextRepair.removeGluedCalls(kept), kept);
    }
  }

  @Test
  void callsFoundAreListedInOrderSkippingUrls() {
    assertEquals(List.of(90, 92), TextRepair.gluedCalls(
        "Le LaborIA90 est https://www.laboria.ai/x12 le fruit. »92 Cela"));
  }

  @Test
  void inlineRepairsEverythingAndCollapsesSpaces() {
    assertEquals("Après l’explosion de la révolution numérique",
        TextRepair.inline(".A près  l’explosion de la révoluƟon numérique  "));
  }

  @Test
  void digitsGluedToAYearOrAnAcronymAreACallOnlyWhenTheirNoteIsKnown() {
    assertEquals(List.of(33, 84), TextRepair.ambiguousCalls("par rapport à 201333 ; un registre des outils d’IA84"));
    assertEquals("par rapport à 2013 ;", TextRepair.removeGluedCalls("par rapport à 201333 ;", Set.of(33)));
    assertEquals("par rapport à 201333 ;", TextRepair.removeGluedCalls("par rapport à 201333 ;", Set.of(34)));
    assertEquals("Instaurer un registre des outils d’IA", TextRepair.removeGluedCalls("Instaurer un registre des outils d’IA84", Set.of(84)));
    // Numbers and names: never calls, whatever the notes.
    for (String kept : new String[] {"200000 salariés", "une étiquette CO2 d’un email", "le G20 et l’A380", "2020-2030"}) {
      assertEquals(kept, TextRepair.removeGluedCalls(kept, Set.of(0, 2, 20, 30, 380)), kept);
    }
  }
}
