package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleNumberTest {
  @Test
  void writesEverySpellingTheSameWay() {
    assertEquals("L2312-8", ArticleNumber.normalize("L2312-8"));
    assertEquals("L2312-8", ArticleNumber.normalize("L. 2312-8"));
    assertEquals("L2315-94", ArticleNumber.normalize("art L 2315-94"));
    assertEquals("L2242-17", ArticleNumber.normalize("L.2242-17"));
    assertEquals("L2312-8", ArticleNumber.normalize("l2312\u20118"));
    assertEquals("R2312-6", ArticleNumber.normalize("article R. 2312 - 6"));
    assertEquals("L1251-33-1", ArticleNumber.normalize(" L1251-33-1"));
    assertEquals("L5424-29", ArticleNumber.normalize("L5424-29 "));
    assertEquals("L1453-1 A", ArticleNumber.normalize("L1453-1 A"));
    assertEquals("R*2122-1", ArticleNumber.normalize("R*2122-1"));
    assertEquals("L1", ArticleNumber.normalize("L1"));
  }

  @Test
  void leavesAnnexTitlesReadable() {
    assertEquals("Annexe I à l'article R4312-1", ArticleNumber.normalize("Annexe I  à l'article\u00a0R4312-1"));
    assertFalse(ArticleNumber.isArticleNumber("Annexe I"));
    assertTrue(ArticleNumber.isArticleNumber("L2312-8"));
  }
}
