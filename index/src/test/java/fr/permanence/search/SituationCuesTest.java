package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The member's situation decides which sentence of a passage is quoted first: the category named
 * ({@link Categories}), the figures given ({@link Ranges}) and the quantity asked
 * ({@link Quantities}), by {@link SentencePicker.Cues}.
 */
class SituationCuesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Je suis cadre, mon essai dure combien ?                        | 4
      période d'essai cadre                                          | 4
      3° Pour les cadres, de quatre mois.                            | 4
      ingénieurs et cadres                                           | 4
      Dans le cadre de la négociation, un cadre légal est fixé.      | 0
      1° Pour les ouvriers et les employés, de deux mois ;           | 1
      ETAM coefficient 240                                           | 3
      2° Pour les agents de maîtrise et les techniciens              | 2
      les salariés employés dans l'entreprise                        | 0
      fin de mon CDD sans embauche en CDI                            | 24
      contrat de travail à durée déterminée                          | 8
      intérimaire en fin de mission                                  | 32
      je suis à mi-temps                                             | 128
      """)
  void categoriesNamed(String text, long mask) {
    assertEquals(mask, Categories.named(text));
  }

  @Test
  void aCategoryOfTheSameEnumerationMisfitsAnotherEnumerationIsNeutral() {
    long cadre = Categories.named("je suis cadre en CDI");
    assertEquals(2, Categories.fit(cadre, Categories.named("Pour les cadres titulaires d'un contrat à durée indéterminée")));
    assertEquals(-1, Categories.fit(cadre, Categories.named("Pour les ouvriers et les employés")));
    assertEquals(0, Categories.fit(cadre, Categories.named("à temps partiel")));
    assertEquals(0, Categories.fit(cadre, Categories.named("Le salarié a droit à un préavis.")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      licencié avec un an et demi d'ancienneté                      | [Value[unit=DAYS, amount=547.5]]
      Mon fils a 15 ans                                             | [Value[unit=DAYS, amount=5475.0]]
      mon essai rompu au bout de 5 jours                            | [Value[unit=DAYS, amount=5.0]]
      une boîte de 80 personnes                                     | [Value[unit=EMPLOYEES, amount=80.0]]
      ETAM au coefficient 450                                       | [Value[unit=COEFFICIENT, amount=450.0]]
      un salarié peut-il refuser ?                                  | []
      à partir de combien de salariés ?                             | []
      le préavis pour plus de deux ans d'ancienneté                 | []
      """)
  void figuresAQuestionGives(String question, String values) {
    assertEquals(values, Ranges.values(question).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      licencié avec un an et demi d'ancienneté | 2° S'il justifie d'une ancienneté comprise entre six mois et moins de deux ans, à un préavis d'un mois ;  | 1
      licencié avec un an et demi d'ancienneté | 3° S'il justifie d'une ancienneté de services continus d'au moins deux ans, à un préavis de deux mois. | -1
      mon essai rompu au bout de 5 jours       | 1° Vingt-quatre heures en deçà de huit jours de présence ;                                               | 1
      mon essai rompu au bout de 5 jours       | 2° Quarante-huit heures entre huit jours et un mois de présence ;                                        | -1
      Mon fils a 15 ans                        | 2° Pour les jeunes travailleurs de moins de seize ans, tout travail entre 20 heures et 6 heures.         | 1
      Mon fils a 15 ans                        | 1° Pour les jeunes travailleurs de plus de seize ans et de moins de dix-huit ans, tout travail de nuit   | -1
      ETAM au coefficient 450                  | – du coefficient 275 au coefficient 500 inclus de la grille ETAM, la période d'essai est de 3 mois       | 1
      ETAM au coefficient 450                  | – du coefficient 230 au coefficient 250 inclus de la grille ETAM, la période d'essai est de 2 mois       | -1
      une boîte de 80 personnes                | Dans les entreprises d'au moins cinquante salariés, le comité est consulté.                              | 1
      une boîte de 80 personnes                | Le préavis est de deux mois.                                                                              | 0
      """)
  void aRangeFitsWhenItAdmitsTheMembersFigure(String question, String sentence, int fit) {
    assertEquals(fit, Ranges.fit(Ranges.values(question), Ranges.bounds(sentence)));
  }

  @Test
  void theSentenceOfTheMembersCaseComesFirst() {
    // The highlighter's scores: the heading and the first item share most of the question's words.
    List<SentencePicker.Sentence> sentences = List.of(
        new SentencePicker.Sentence("Sa durée maximale est la suivante :", 3.0, ""),
        new SentencePicker.Sentence("1° Pour les techniciens, la période d'essai est de deux mois ;", 2.5,
            "Sa durée maximale est la suivante :"),
        new SentencePicker.Sentence("2° Pour les cadres, de quatre mois.", 1.5, "Sa durée maximale est la suivante :"));
    String question = "Je suis cadre, ma période d'essai dure combien ?";
    SentencePicker.Cues cues = new SentencePicker.Cues(Quantities.asked(question), Categories.named(question),
        Ranges.values(question), 1, 1);
    // 1.5 × 2 (cadre) × 2 (a duration) = 6; the heading 3; the technicians' item 2.5 × 0.5 × 2 = 2.5.
    assertEquals(List.of("2° Pour les cadres, de quatre mois.", "Sa durée maximale est la suivante :",
        "1° Pour les techniciens, la période d'essai est de deux mois ;"), SentencePicker.ranked(sentences, cues));
    // Without the cues, the highlighter's order.
    assertEquals(List.of("Sa durée maximale est la suivante :",
        "1° Pour les techniciens, la période d'essai est de deux mois ;", "2° Pour les cadres, de quatre mois."),
        SentencePicker.ranked(sentences, SentencePicker.Cues.NONE));
  }

  @Test
  void aQuantityAskedPrefersTheSentenceStatingItInTheUnitAndPeriodAsked() {
    List<SentencePicker.Sentence> sentences = List.of(
        new SentencePicker.Sentence("Les heures supplémentaires sont décomptées par semaine.", 2.0, ""),
        new SentencePicker.Sentence("Le contingent est fixé à deux cent vingt heures par an.", 1.2, ""));
    String question = "combien d'heures supplémentaires par an ?";
    SentencePicker.Cues cues = new SentencePicker.Cues(Quantities.asked(question), Categories.NONE, List.of(), 1, 1);
    assertEquals(List.of("Le contingent est fixé à deux cent vingt heures par an.",
        "Les heures supplémentaires sont décomptées par semaine."), SentencePicker.ranked(sentences, cues));
  }
}
