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
}
