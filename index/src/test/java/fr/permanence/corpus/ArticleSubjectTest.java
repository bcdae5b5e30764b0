package fr.permanence.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an article is about, from its place in the code (paths as legi-data 2.513.0 gives them). */
class ArticleSubjectTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Chapitre V : Fonctionnement > Sous-section 10 : Expertise > Paragraphe 3 : Autres cas de recours à l'expertise | Autres cas de recours à l'expertise
      Section 3 : Attributions > Sous-section 4 : Consultations et informations ponctuelles > Paragraphe 1er : Ordre public | Consultations et informations ponctuelles
      Chapitre Ier : Durée et aménagement du travail > Section 3 : Durée légale et heures supplémentaires > Sous-section 1 : Ordre public | Durée légale et heures supplémentaires
      Chapitre II : Exécution et modification du contrat de travail > Section 4 : Télétravail | Télétravail
      Titre III : Repos et jours fériés > Chapitre unique > Dispositions supplétives                 | Repos et jours fériés
      Chapitre unique > Ordre public                                                        | ''
      ''                                                                                    | ''
      """)
  void theNearestHeadingThatNamesASubjectWithoutItsNumbering(String path, String subject) {
    assertEquals(subject, new Article("L1", "", path, "", "").subject());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Chapitre Ier : Congés payés > Section 2 : Durée du congé > Sous-section 1 : Ordre public      | Durée du congé
      Section 3 : Prise des congés > Sous-section 2 : Règles de fractionnement et de report > Paragraphe 3 : Dispositions supplétives | Règles de fractionnement et de report
      Chapitre II : Exécution et modification du contrat de travail > Section 4 : Télétravail | ''
      Chapitre unique > Ordre public                                                        | ''
      """)
  void theSubjectWhenTheNearestHeadingOnlySaysHowRulesApply(String path, String subject) {
    assertEquals(subject, new Article("L1", "", path, "", "").subjectAboveStructure());
  }
}
