package fr.permanence.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an article sits in the code's plan: the legislative part or a decree, the plan of an
 * ordinary employment relationship or one gathering rules for a few (paths shortened from
 * legi-data 2.513.0).
 */
class ArticlePlanTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      L1222-9   | Partie législative > Première partie : Les relations individuelles de travail > Livre II : Le contrat de travail > Section 4 : Télétravail | true  | false
      R4323-58  | Partie réglementaire > Quatrième partie : Santé et sécurité au travail > Livre III : Equipements de travail et moyens de protection | false | false
      D3171-11  | Partie réglementaire > Troisième partie : Durée du travail, salaire, intéressement, participation et épargne salariale > Livre Ier | false | false
      L7112-5   | Partie législative > Septième partie : Dispositions particulières à certaines professions et activités > Titre Ier : Journalistes professionnels | true | true
      R7422-11  | Partie réglementaire > Septième partie : Dispositions particulières à certaines professions et activités > Livre IV : Travailleurs à domicile | false | true
      L5523-1   | Partie législative > Cinquième partie : L'emploi > Livre V : Dispositions relatives à l'outre-mer > Titre II : Guadeloupe, Guyane, Martinique | true | true
      L3423-1   | Partie législative > Troisième partie : Durée du travail > Livre IV : Dispositions relatives à l'outre-mer | true | true
      R2622-1   | Partie réglementaire > Deuxième partie : Les relations collectives de travail > Chapitre IV : Dispositions relatives à Mayotte | false | true
      Annexe II | Partie réglementaire > Quatrième partie : Santé et sécurité au travail > Titre Ier : Conception et mise sur le marché des équipements de travail > Annexes | false | true
      L212-4-4  | Partie législative ancienne > Livre II : Réglementation du travail | true | true
      L2312-8   | Partie législative > Deuxième partie : Les relations collectives de travail > Sous-section 3 : Réunions | true | false
      """)
  void legislativeOrPeripheral(String number, String path, boolean legislative, boolean peripheral) {
    Article article = new Article(number, "", path, "", "");
    assertEquals(legislative, article.legislative(), "legislative");
    assertEquals(peripheral, article.peripheral(), "peripheral");
  }
}
