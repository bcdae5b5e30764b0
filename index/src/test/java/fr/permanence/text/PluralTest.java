package fr.permanence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
  @Test
  void putsZeroAndOneInTheSingularAndGroupsThousands() {
    assertEquals("0 passage", Plural.of(0, "passage", "passages"));
    assertEquals("1 passage", Plural.of(1, "passage", "passages"));
    assertEquals("2 travaux", Plural.of(2, "travail", "travaux"));
    assertEquals("12 345 questions", Plural.of(12_345, "question", "questions"));
    assertEquals("ont été effacés", Plural.form(3, "a été effacé", "ont été effacés"));
  }

  @Test
  void groupsThousandsWithOrdinarySpaces() {
    assertEquals("999", Plural.number(999));
    assertEquals("2 000", Plural.number(2_000));
    assertEquals("1 234 567", Plural.number(1_234_567));
    assertEquals("-12 345", Plural.number(-12_345));
  }
}
