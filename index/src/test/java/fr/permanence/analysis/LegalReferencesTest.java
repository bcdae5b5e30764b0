package fr.permanence.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegalReferencesTest {
  @Test
  void findsEveryReferenceInOrderInNormalForm() {
    assertEquals(List.of("L2312-8", "R2315-47"),
        LegalReferences.find("selon l'art. L.2312-8, voir aussi R2315-47 et l.2312-8"));
    assertEquals(List.of("L2312-37", "L2312-38"), LegalReferences.find("(art. L. 2312-37 et art. L. 2312-38)"));
    assertEquals(List.of("L2312-37", "L2312-38"), LegalReferences.find("art. L. 2312-37/38"));
    assertEquals(List.of("L1222-9-1", "D4121-5"), LegalReferences.find("L1222-9-1 puis D 4121-5"));
    assertEquals(List.of("L2242-17"), LegalReferences.find("L.2242-17"));
    assertEquals(List.of("L2315-94"), LegalReferences.find("art L 2315-94"));
  }

  @Test
  void findsNothingWhereThereIsNoReference() {
    assertEquals(List.of(), LegalReferences.find("le CSE, le CO2, la loi de 2016 et 2312-8"));
    assertEquals(List.of(), LegalReferences.find("LA2312-8 ou L23128"));
  }

  @Test
  void normalizesOneReference() {
    assertEquals("L2312-8", LegalReferences.normalize("  art. l. 2312-8 "));
    assertEquals("L2315-94", LegalReferences.normalize("l. 2315-94"));
    assertEquals("R2315-47", LegalReferences.normalize("R.2315-47"));
    assertEquals("L2312-37", LegalReferences.normalize("L. 2312-37/38"));
    assertNull(LegalReferences.normalize("CSE"));
    assertNull(LegalReferences.normalize(""));
  }

  @Test
  void tokenIsTheIndexedTerm() {
    assertEquals("l2312_8", LegalReferences.token("L2312-8"));
    assertEquals("l1222_9_1", LegalReferences.token("L1222-9-1"));
  }
}
