package fr.permanence.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionMaskerTest {
  private final QuestionMasker masker = new QuestionMasker();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      mon mail c'est jean.dupont@exemple.fr, vous pouvez m'écrire ? | mon mail c'est [courriel masqué], vous pouvez m'écrire ?
      appelez moi au 06 12 34 56 78 svp                          | appelez moi au [téléphone masqué] svp
      tel: 06.12.34.56.78 ou +33 6 12 34 56 78                    | tel: [téléphone masqué] ou [téléphone masqué]
      mon numéro 0612345678                                       | mon numéro [téléphone masqué]
      secu 1 85 05 78 006 084 36 c normal ?                       | secu [numéro masqué] c normal ?
      matricule 12345678 dans la boite                            | matricule [numéro masqué] dans la boite
      l'article L2312-8 et le L. 1234-19 du code                  | l'article L2312-8 et le L. 1234-19 du code
      prime de 1 500 euros le 12/03/2024 pour 35 salariés         | prime de 1 500 euros le 12/03/2024 pour 35 salariés
      siret 123 456 789 00012 de la boîte                         | siret [numéro masqué] de la boîte
      CSE de 250 salariés, délai de 15 jours ?                     | CSE de 250 salariés, délai de 15 jours ?
      """)
  void masksContactDetailsAndLongNumbersOnly(String question, String expected) {
    assertEquals(expected, masker.mask(question));
  }
}
