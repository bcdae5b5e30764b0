package fr.permanence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchNumbersTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      12                        | 12
      1 607                     | 1607
      2,5                       | 2.5
      un                        | 1
      dix-huit                  | 18
      vingt-quatre              | 24
      soixante et onze          | 71
      quatre-vingt-dix          | 90
      deux cent vingt           | 220
      mille                     | 1000
      deux mille cinq cents     | 2500
      """)
  void readsDigitsAndWords(String text, double value) {
    assertEquals(value, FrenchNumbers.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      quelques
      deux ou trois
      """)
  void anythingElseIsNoNumber(String text) {
    assertEquals(Double.NaN, FrenchNumbers.parse(text));
  }
}
