package fr.permanence.legi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LegiHtmlTest {
  @Test
  void keepsParagraphsAndLineBreaksAsLines() {
    assertEquals("II. - Le comité est consulté sur:\n1° Les mesures ;\n2° La modification.",
        LegiHtml.toText("<p></p><p>II. - Le comité est consulté sur:<br/><br/>\n1° Les mesures ;<br/><br/>\n"
            + "2° La modification.</p><p></p>"));
  }

  @Test
  void dropsLinksAndTagsDecodesEntitiesAndCollapsesSpaces() {
    assertEquals("prévus au 4° du II de l'article L. 2312-8 ; le 1er janvier & après",
        LegiHtml.toText("prévus au 4° du II de l'article <a href=\"/affichCodeArticle.do?idArticle=X\" "
            + "title=\"Code du travail - art. L2312-8 (V)\">L. 2312-8</a> ;\u00a0 le 1<sup>er</sup>\r\n janvier &amp; après"));
  }

  @Test
  void writesTableRowsAsLinesOfCells() {
    assertEquals("Ancienneté | Indemnité minimale\n0 | Sans objet\n1 | 1",
        LegiHtml.toText("<table><tbody><tr><th>Ancienneté</th><th><p>Indemnité</p><p>minimale</p></th></tr>"
            + "<tr><td>0</td><td>Sans objet</td></tr><tr><td>1</td><td>1</td></tr></tbody></table>"));
  }

  @Test
  void anEmptyTextIsEmpty() {
    assertEquals("", LegiHtml.toText("<p></p><p> </p>"));
    assertEquals("", LegiHtml.toText(null));
  }
}
