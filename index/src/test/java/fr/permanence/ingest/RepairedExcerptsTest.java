package fr.permanence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text repair on real excerpts of the five corpus documents (src/test/resources/excerpts, see its
 * README for the source lines): each excerpt gives exactly these paragraphs and headings.
 */
class RepairedExcerptsTest {
  private static List<Block> blocks(String excerpt) throws IOException {
    try (InputStream in = RepairedExcerptsTest.class.getResourceAsStream("/excerpts/" + excerpt)) {
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      DocumentIngester.Repaired repaired = DocumentIngester.repair(raw);
      for (Block b : repaired.blocks()) {
        assertEquals(b.text(), repaired.text().substring(b.start(), b.end()), "block offsets in " + excerpt);
      }
      return repaired.blocks();
    }
  }

  private static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(b -> (b.heading() ? "# " : "") + b.text()).toList();
  }

  @Test
  void numeumLigaturesAndHeading() throws IOException {
    List<Block> blocks = blocks("numeum-intro.txt");
    assertEquals("# En guise d’introduction : Une reprise qui interroge", texts(blocks).get(0));
    assertTrue(blocks.get(1).text().startsWith("Le bilan 2025 du secteur du numérique, publié par Numeum, constitue un "
        + "document particulièrement révélateur des dynamiques actuelles du capitalisme technologique."));
    assertEquals("Pourtant, derrière ces chiffres et ces projections optimistes, se dessine une réalité plus "
        + "contrastée. L’emploi, loin de bénéficier pleinement de cette reprise annoncée, demeure sous tension. Les "
        + "vagues de restructurations, les plans de départs «\u202fvolontaires\u202f» et les sous-traitances massives traduisent un",
        blocks.get(2).text());
    assertEquals(3, blocks.size());
  }

  @Test
  void numeumMicrosoftWithItsFt() throws IOException {
    assertEquals(List.of(
        "# Exemples concrets de la polarisation",
        "La domination des éditeurs et plateformes n’est pas abstraite ; elle se lit dans les trajectoires "
            + "d’entreprises bien réelles.",
        "Microsoft, Amazon et Google ont vu leurs activités cloud progresser de 20 à 30 % par an ces dernières "
            + "années. Une part croissante du budget informatique des entreprises françaises"),
        texts(blocks("numeum-cloud.txt")));
  }

  @Test
  void numeumCompoundBrokenAtLineEndKeepsItsHyphen() throws IOException {
    List<Block> blocks = blocks("numeum-souverainete.txt");
    assertTrue(blocks.get(0).text().endsWith(
        "intégré aux logiques existantes de rentabilité, de sous-traitance et de dépendance aux grands fournisseurs"),
        blocks.get(0).text());
    assertEquals("# Un label plus qu’un changement de modèle", texts(blocks).get(1));
  }

  @Test
  void bigDataDropCapAndHyphenatedWords() throws IOException {
    List<Block> blocks = blocks("bigdata-opening.txt");
    assertEquals("Après l’explosion de la bulle Internet de l’an 2000, la révolution numérique est entrée dans une "
        + "nouvelle phase où elle s’est développée de manière accélérée sur la base d’un triangle entre «\u00a0big data\u00a0», "
        + "intelligence artificielle et plateforme.", blocks.get(0).text());
    String second = blocks.get(1).text();
    // "don-\nnées", "pro-\nduites", "stra-\ntégiques" re-joined; "elle-même" keeps its hyphen.
    assertTrue(second.contains("comparable à toutes les données générées par l’humanité"), second);
    assertTrue(second.contains("ont été produites ces 2 dernières années"), second);
    assertTrue(second.contains("sur elle-même et sur son environnement"), second);
    assertTrue(second.endsWith("une des matières premières stratégiques de ce début de XXIe siècle."), second);
    assertTrue(blocks.get(2).text().contains("rend possible les algorithmes d’intelligence artificielle, et "
        + "réciproquement les logiciels d’intelligence artificielle"), blocks.get(2).text());
    assertTrue(blocks.get(2).text().contains("certaines fonctions cognitives humaines"), blocks.get(2).text());
    assertEquals(3, blocks.size());
  }

  @Test
  void travailContreIaTitleAndText() throws IOException {
    List<String> texts = texts(blocks("travail-contre-ia-opening.txt"));
    assertEquals("# Travail contre intelligence artificielle, une critique marxiste du capitalisme numérique", texts.get(0));
    assertTrue(texts.get(1).startsWith("Nous proposons une analyse matérialiste et marxiste des mutations actuelles du "
        + "travail sous l’emprise de l’intelligence artificielle et des plateformes numériques."), texts.get(1));
  }

  @Test
  void servicesPublicsSpacedOutWord() throws IOException {
    assertEquals(List.of(
        "Il faut refuser que le numérique ne soit le prétexte à remettre en cause les fondements de notre modèle "
            + "social et de nos services publics et n’ait que pour conséquence la destruction de millions d’emplois.",
        "L’innovation technologique doit être source d’innovations sociales et environnementales afin d’amener le "
            + "progrès social"),
        texts(blocks("services-publics-emplois.txt")));
  }

  @Test
  void servicesPublicsCapitalHeadingBulletsAndHyphenation() throws IOException {
    assertEquals(List.of(
        "# PRÉCONISATIONS",
        "• Réduction du temps de travail (32h/hebdo) pour éviter l’hémorragie du chômage en lien avec le numérique",
        "• Protection des libertés pour éviter qu’Internet ne devienne un outil de surveillance de masse",
        "• Taxation des nouvelles formes de créations de valeurs",
        "• Élargissement des missions des services publics et défense du statut de la fonction publique qui seul "
            + "peut garantir la gratuité, la continuité de service et l’égalité de traitement. Se battre pour "
            + "conserver des guichets physiques",
        "• Mise en place du nouveau statut du travail salarié (NSTS) (http://k6.re/eeT6D (fiche n°6))",
        "• Remaillage du territoire par des services publics de proximité et de plein exercice",
        "• Accompagnement des usagers par des agents titulaires formés, garants de la confidentialité"),
        texts(blocks("services-publics-preconisations.txt")));
  }

  @Test
  void cnrDoubleSpacedLinesReflowAndLegalReferenceRejoined() throws IOException {
    List<Block> blocks = blocks("cnr-cadre-legal.txt");
    assertEquals("# Le cadre légal et réglementaire du dialogue social sur le numérique", texts(blocks).get(0));
    String body = blocks.get(1).text();
    assertFalse(body.contains("\n"), "re-flowed into one line");
    // "50 salariés" starts a line but continues the sentence: it is not a footnote.
    assertTrue(body.startsWith("Le dialogue social sur le numérique n’est pas nouveau, il est d’ailleurs institué "
        + "légalement dans le Code du travail. En premier lieu, dans les entreprises d’au moins 50 salariés, lors des "
        + "consultations récurrentes, la direction présente aux représentants des salariés ses grandes orientations "
        + "stratégiques (art. L.2312-17 et L.2312-24), une consultation"), body);
    // "(art L. 2312-\n\n8)" across the blank line.
    assertTrue(body.contains("ou les conditions de travail (art L. 2312-8). Dans ce cadre, le CSE peut faire appel à "
        + "un expert habilité (art. L. 2315-94)."), body);
    assertTrue(body.contains("(art. L. 2312-37 et art. L. 2312-38). Le non-respect"), body);
    // "»92" lost its call number.
    assertTrue(body.contains("des activités de l’entreprise.\u2009» Cela recouvre par exemple"), body);
    assertTrue(body.endsWith("sur ces éléments (art. L. 4121-1 et suivants)."), body);
    assertEquals(2, blocks.size());
  }

  @Test
  void cnrCallNumbersRemovedAndFootnotesKeptOut() throws IOException {
    List<Block> blocks = blocks("cnr-chiffres-notes.txt");
    List<String> texts = texts(blocks);
    assertEquals("• Parmi les utilisateurs de systèmes d’intelligence artificielle (SIA), les décideurs travaillant "
        + "dans une PME représentent 15 %, contre 22 % pour ceux travaillant dans une ETI ou une grande entreprise\u2009;",
        texts.get(0));
    assertTrue(texts.get(1).endsWith("plus le manque d’expertise en interne constitue un obstacle."), texts.get(1));
    assertEquals("# Du côté des travailleurs", texts.get(2));
    assertEquals("• En 2021, en moyenne un salarié sur cinq a télétravaillé au moins une fois par semaine\u2009;",
        texts.get(3));
    assertEquals("• En 2021, la surveillance au travail est devenue le troisième motif de plaintes déposées à la CNIL, "
        + "soit environ 28 %, dont 83 % concernaient des dispositifs de vidéosurveillance\u2009;", texts.get(7));
    assertEquals("• La CNIL souligne que les ouvriers déposent 7 fois plus de plaintes relatives à la surveillance au "
        + "travail que l’ensemble de la population, alors que les cadres en adressent 5 fois moins.", texts.get(8));
    // The notes 30 to 36 at the foot of the page ("31 Ibid.", "32 JAUNEAU, Yves, …") are not body text.
    assertEquals(9, blocks.size(), String.join("\n", texts));
    for (String t : texts) {
      assertFalse(t.contains("Ibid") || t.contains("JAUNEAU") || t.contains("Mailoop"), t);
    }
  }

  @Test
  void cnrCompoundBrokenBeforeCapitalKeepsItsHyphen() throws IOException {
    String text = blocks("cnr-ile-de-france.txt").get(0).text();
    assertTrue(text.contains("dans chaque département de l’Île-de-France, Les Digiteurs, offre digitale de la CCI "
        + "Paris Île-de-France proposent des solutions"), text);
  }

  @Test
  void pagesFollowThePageStartSpace() {
    String raw = " Première page, première ligne, qui continue\nsur la ligne suivante de la même page.\n\n"
        + " Deuxième page, un paragraphe entier sur la page.\n\n"
        + "  Deux espaces : la suite de la deuxième page.\n\n"
        + " Troisième page, un dernier paragraphe pour finir.\n";
    List<Block> blocks = DocumentIngester.repair(raw).blocks();
    assertEquals(List.of(1, 2, 2, 3), blocks.stream().map(Block::page).toList());
    assertEquals("Première page, première ligne, qui continue sur la ligne suivante de la même page.", blocks.get(0).text());
  }
  @Test
  void footnotesEndAtThePrintedPageNumberWhenTheNextPageHasNoStartSpace() {
    // As in cnr-transitions-numeriques-travail-2023.txt around its line 5760: notes, the printed
    // page number "94", then a page whose first line lacks the page-start space.
    String raw = " Le projet a été piloté avec ses partenaires (IRES, Astrées, CIDA et U2P)101 auxquels se sont associés\n"
        + "d’autres organisations européennes.\n"
        + "\n"
        + "101 La conduite opérationnelle du projet a été assurée par la CFE-CGC.\n"
        + "\n"
        + "94\n"
        + "\n"
        + "Les travaux et échanges au sein du projet ont montré que la législation concentre le dialogue\n"
        + "social sur le moment de l’introduction des systèmes.\n";
    assertEquals(List.of(
        "Le projet a été piloté avec ses partenaires (IRES, Astrées, CIDA et U2P) auxquels se sont associés "
            + "d’autres organisations européennes.",
        "Les travaux et échanges au sein du projet ont montré que la législation concentre le dialogue social sur "
            + "le moment de l’introduction des systèmes."),
        texts(DocumentIngester.repair(raw).blocks()));
  }

  @Test
  void numeumAnnexTableRowsAreParagraphsWithTheirCellsSeparated() throws IOException {
    assertEquals(List.of(
        "40 % des acteurs du numérique constatent un impact positif sur les marges et le chiffre d’affaires.",
        "12 % des projets clients des ESN concernent déjà l’IA générative (2025), avec une montée en puissance "
            + "attendue en 2026.",
        "# Impacts sur le travail",
        "Effet de l’IA générative | Conséquence sur les salariés",
        "Automatisation du développement, tests, documentation | Réduction du temps nécessaire par tâche",
        "Standardisation des processus | Intensification du travail et perte d’autonomie",
        "Outils de suivi et management intégrés | Surveillance accrue et pression sur la productivité",
        "Déqualification partielle | Moins de postes qualifiés disponibles, concurrence accrue",
        "L’IA augmente la survaleur relative. Les gains servent surtout à restaurer les marges plutôt qu’à "
            + "améliorer les conditions d’emploi."),
        texts(blocks("numeum-annexe-ia.txt")));
  }

  @Test
  void numeumCompoundWithAnElidedSecondPartKeepsItsHyphen() throws IOException {
    // "main-" + "d’œuvre" at a line end; the booklet writes "main-d’œuvre" elsewhere.
    String text = blocks("numeum-main-d-oeuvre.txt").get(0).text();
    assertTrue(text.contains("les entreprises mobilisent d’abord la main-d’œuvre déjà disponible"), text);
  }

  @Test
  void cnrCallsGluedToAYearAreRemovedWhenTheirNoteIsOnThePage() throws IOException {
    List<String> texts = texts(blocks("cnr-france-num.txt"));
    assertTrue(texts.contains("— mais aussi des actions ciblées sur l’intelligence artificielle, la cybersécurité, le "
        + "cloud, le haut débit, la formation et les compétences — la remontée dans le classement européen pour "
        + "l’intégration des technologies par les entreprises (partie 4 du DESI) a pu être amorcée. La France est "
        + "ainsi passée de la 16e place en 2017 et 2018 à la"), String.join("\n", texts));
    assertTrue(texts.contains("11e place en 2020. Cependant, en 2021, une refonte de l’instrument de mesure de la"),
        String.join("\n", texts));
    // Note 37 follows an unfinished sentence ("La crise") at the foot of the page: a note all the same.
    for (String t : texts) {
      assertFalse(t.contains("CONSEIL NATIONAL DU NUMÉRIQUE") || t.contains("Digital Economy and Society Index 20"), t);
    }
  }

  @Test
  void cnrCallGluedToAnAcronymIsRemovedAndItsNoteKeptOut() throws IOException {
    List<String> texts = texts(blocks("cnr-registre-ia.txt"));
    assertEquals("# Instaurer un registre des outils d’IA", texts.get(0));
    assertEquals("Il pourrait prendre la forme suivante :", texts.get(texts.size() - 1));
    for (String t : texts) {
      assertFalse(t.contains("SECOIA"), t);
    }
  }
}
