package fr.permanence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListItemsTest {
  private static final String ESSAI = "Le contrat peut comporter une période d'essai.\n"
      + "Sa durée maximale est :\n"
      + "1° Pour les ouvriers et les employés, de deux mois ;\n"
      + "2° Pour les cadres, de quatre mois.";
  private static final String PREAVIS = "Les durées suivantes s'appliquent en cas de démission :\n"
      + "– pour les ETAM :\n"
      + "–– de moins de 2 ans d'ancienneté : 1 mois ;\n"
      + "–– de plus de 2 ans d'ancienneté : 2 mois ;\n"
      + "– pour les ingénieurs et cadres : 3 mois.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1° Pour les cadres, de quatre mois.            | 1
      3° bis Trois jours pour une adoption ;         | 1
      – pour les ETAM :                              | 1
      –– de moins de 2 ans : 1 mois ;                | 2
      – – pour une ancienneté égale à 2 ans          | 2
      a) D'absence ;                                 | 2
      Le salarié a droit à un congé.                 | 0
      10 % de la rémunération                        | 0
      """)
  void levelOfAnItem(String line, int level) {
    assertEquals(level, ListItems.level(line));
  }

  @Test
  void eachItemIsAUnitOfItsOwn() {
    List<String> units = ListItems.split(ESSAI, SentenceSplitter.spans(ESSAI)).stream()
        .map(s -> ESSAI.substring(s[0], s[1])).toList();
    assertEquals(List.of("Le contrat peut comporter une période d'essai.", "Sa durée maximale est :",
        "1° Pour les ouvriers et les employés, de deux mois ;", "2° Pour les cadres, de quatre mois."), units);
  }

  @Test
  void anItemIsIntroducedByTheLinesEndingWithAColonAboveIt() {
    int item = PREAVIS.indexOf("–– de plus");
    assertEquals(List.of("Les durées suivantes s'appliquent en cas de démission :", "– pour les ETAM :"),
        ListItems.leadIns(PREAVIS, item).stream().map(s -> PREAVIS.substring(s[0], s[1])).toList());
    int top = PREAVIS.indexOf("– pour les ingénieurs");
    assertEquals(List.of("Les durées suivantes s'appliquent en cas de démission :"),
        ListItems.leadIns(PREAVIS, top).stream().map(s -> PREAVIS.substring(s[0], s[1])).toList());
    // Of the line introducing the list, its last sentence only.
    int cadres = ESSAI.indexOf("2° Pour");
    assertEquals(List.of("Sa durée maximale est :"),
        ListItems.leadIns(ESSAI, cadres).stream().map(s -> ESSAI.substring(s[0], s[1])).toList());
  }

  @Test
  void aSentenceThatIsNoItemHasNoLeadIn() {
    assertEquals(List.of(), ListItems.leadIns(ESSAI, 0));
    String noHeading = "Le salarié est informé.\n– par écrit ;\n– sans délai.";
    assertEquals(List.of(), ListItems.leadIns(noHeading, noHeading.indexOf("– sans")));
  }
}
