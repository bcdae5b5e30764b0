package fr.permanence.fiches;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      La période d'essai                                              | la-periode-dessai
      Les délégués syndicaux                                          | les-delegues-syndicaux
      La procédure de licenciement économique de 2 à 9 salariés       | la-procedure-de-licenciement-economique-de-2-a-9-salaries
      Salarié créateur ou repreneur d'entreprise : congé et temps partiel | salarie-createur-ou-repreneur-dentreprise-conge-et-temps-partiel
      Le congé ou temps partiel pour création d'une jeune entreprise innovante (JEI) | le-conge-ou-temps-partiel-pour-creation-dune-jeune-entreprise-innovante-jei
      L’œuvre – un contrat « à durée »                                 | loeuvre-un-contrat-a-duree
      """)
  void foldsAccentsDropsSignsAndJoinsWordsWithHyphens(String title, String slug) {
    assertEquals(slug, Slug.of(title));
  }
}
