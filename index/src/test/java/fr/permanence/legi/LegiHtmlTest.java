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
  void aLongRowKeepsEachCellsLinesInsteadOfFlatteningThem() {
    // R2312-9 (legi-data 2.513.0), the first rows of its table, cut after three items.
    String html = "<p><center><table border=\"1\"><tbody><tr><td colspan=\"2\" align=\"center\"><br/>\n"
        + "\t\t\t1° Investissements :</td></tr><tr><td rowspan=\"6\" align=\"left\"><br/>\n"
        + "\t\t\tA-Investissement social :</td><td align=\"left\"><br/>\n"
        + "\t\t\ta) Evolution des effectifs par type de contrat, par âge, par ancienneté ;<br/><br/>\n"
        + "\t\t\ti-Effectif :<br/><br/>\n"
        + "\t\t\tEffectif total au 31/12 (1) (I) ;<br/><br/>\n"
        + "\t\t\tEffectif permanent (2) (I) ;<br/><br/>\n"
        + "\t\t\tNombre de salariés titulaires d'un contrat de travail à durée déterminée au 31/12 (I) ;<br/><br/>\n"
        + "\t\t\tEffectif mensuel moyen de l'année considérée (3) (I) ;</td></tr></tbody></table></center></p>";
    assertEquals("1° Investissements :\n"
        + "A-Investissement social :\n"
        + "a) Evolution des effectifs par type de contrat, par âge, par ancienneté ;\n"
        + "i-Effectif :\n"
        + "Effectif total au 31/12 (1) (I) ;\n"
        + "Effectif permanent (2) (I) ;\n"
        + "Nombre de salariés titulaires d'un contrat de travail à durée déterminée au 31/12 (I) ;\n"
        + "Effectif mensuel moyen de l'année considérée (3) (I) ;", LegiHtml.toText(html));
  }

  @Test
  void aGridRowWithLineBreaksInItsCellsStaysOneLine() {
    // L1235-3 (legi-data 2.513.0): header and first row; cells open with a <br/>.
    assertEquals("Ancienneté du salarié dans l'entreprise (en années complètes) | Indemnité minimale "
            + "(en mois de salaire brut) | Indemnité maximale (en mois de salaire brut)\n0 | Sans objet | 1",
        LegiHtml.toText("<center><table border=\"1\"><tbody><tr><th><br/>Ancienneté du salarié dans l'entreprise "
            + "<p></p><p>(en années complètes) </p></th><th><br/>Indemnité minimale <p></p><p>(en mois de salaire brut) "
            + "</p></th><th><br/>Indemnité maximale <p></p><p>(en mois de salaire brut) </p></th></tr><tr><td "
            + "align=\"center\"><br/>0 </td><td align=\"center\"><br/>Sans objet </td><td align=\"center\"><br/>1 "
            + "</td></tr></tbody></table></center>"));
  }

  @Test
  void anEmptyTextIsEmpty() {
    assertEquals("", LegiHtml.toText("<p></p><p> </p>"));
    assertEquals("", LegiHtml.toText(null));
  }
}
