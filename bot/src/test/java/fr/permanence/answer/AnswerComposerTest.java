package fr.permanence.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import fr.permanence.search.Hit;
import fr.permanence.search.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerComposerTest {
  private static final String CONTACT = "la permanence de l'UL (01 23 45 67 89)";
  private static final Article L2315_94 = new Article("L2315-94", "LEGIARTI000043975185",
      "Deuxième partie > … > Paragraphe 3 : Autres cas de recours à l'expertise", "2021-09-26",
      "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043975185");
  private static final Passage ARTICLE = new Passage("cdt#L2315-94", "code-du-travail", "Code du travail", 0,
      "Paragraphe 3 : Autres cas de recours à l'expertise",
      "Le comité social et économique peut faire appel à un expert habilité.", 0, 70, L2315_94);
  private static final Passage CNR = new Passage("cnr#p74-aa63b5", "cnr", "CNR Numérique (2023)", 74,
      "Le cadre légal", "Premier point. Le CSE est informé et consulté (art. L. 2312-8). Dans ce cadre, le CSE peut "
          + "faire appel à un expert habilité (art. L. 2315-94). Dernier point.", 100, 230, null);

  private static final Passage L4624_3 = new Passage("cdt#L4624-3", "code-du-travail", "Code du travail", 0,
      "Section 2 : Actions et moyens des membres des équipes pluridisciplinaires de santé au travail",
      "Le médecin du travail peut proposer des mesures individuelles.", 0, 60,
      new Article("L4624-3", "LEGIARTI000052437117", "Quatrième partie > … > Section 2 : Actions et moyens", "2025-01-01",
          "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000052437117"));

  private final Map<String, Passage> articles = Map.of("L2315-94", ARTICLE, "L4624-3", L4624_3);

  private AnswerComposer composer(SearchResult result) {
    return new AnswerComposer((q, n) -> result, n -> Optional.ofNullable(articles.get(n)), CONTACT);
  }

  private static SearchResult result(boolean answerable, List<Hit> hits) {
    return new SearchResult("Le CSE peut-il prendre un expert ?", hits, answerable, List.of(), List.of(), "", 1_000);
  }

  @Test
  void quotesTheBestSentencesVerbatimWithTheirCitation() {
    Hit hit = new Hit(CNR, 12f, List.of("Le CSE est informé et consulté (art. L. 2312-8).",
        "Dans ce cadre, le CSE peut faire appel à un expert habilité (art. L. 2315-94)."));
    Answer answer = composer(result(true, List.of(hit))).answer("Le CSE peut-il prendre un expert ?");
    assertTrue(answer.answerable());
    assertEquals("""
        Voici ce que disent nos textes :

        Ce que disent les documents du syndicat :
        • « […] Le CSE est informé et consulté (art. L. 2312-8). Dans ce cadre, le CSE peut faire appel à un \
        expert habilité (art. L. 2315-94). […] »
          — CNR Numérique (2023), p. 74, « Le cadre légal » [cnr#p74-aa63b5]

        Voir aussi : art. L. 2315-94 — Autres cas de recours à l'expertise \
        https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043975185

        ℹ️ Information syndicale, pas un avis juridique. Pour votre situation, contactez \
        la permanence de l'UL (01 23 45 67 89).""", answer.text());
    assertEquals(List.of("L2315-94"), answer.seeAlso());
    assertEquals("extractive", answer.mode());
  }

  @Test
  void citesAnArticleWithItsNumberPathAndLink() {
    Hit hit = new Hit(ARTICLE, 40f, List.of(ARTICLE.text()));
    Answer answer = composer(result(true, List.of(hit))).answer("art L 2315-94");
    assertTrue(answer.text().contains("— Code du travail, art. L. 2315-94 (Autres cas de recours à "
        + "l'expertise) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043975185"), answer.text());
    assertEquals(List.of(), answer.seeAlso(), "the quoted article is not offered again");
  }

  @Test
  void saysHonestlyWhenNothingReliableIsFound() {
    Answer answer = composer(result(false, List.of(new Hit(CNR, 2f, List.of())))).answer("Syntec ?");
    assertFalse(answer.answerable());
    assertEquals(List.of(), answer.quotes());
    assertTrue(answer.text().startsWith("Je n'ai pas trouvé de passage fiable dans nos textes"), answer.text());
    assertTrue(answer.text().endsWith(CONTACT + "."), answer.text());
    assertTrue(answer.text().contains("https://code.travail.gouv.fr"), "every refusal says where to look: " + answer.text());
  }

  @Test
  void namesTheMissingArticle() {
    SearchResult result = new SearchResult("L9999-1 ?", List.of(), false, List.of("L9999-1"), List.of("L9999-1"),
        "no-match", 1_000);
    Answer answer = composer(result).answer("L9999-1 ?");
    assertTrue(answer.text().startsWith("L'article L. 9999-1 n'existe pas ou ne fait pas partie des textes que je "
        + "connais.\n"), answer.text());
  }

  @Test
  void explainsAnEmptyQuestion() {
    Answer answer = composer(SearchResult.unsearchable("", "empty", 0)).answer("");
    assertTrue(answer.text().startsWith("Votre message est vide."), answer.text());
  }

  @Test
  void answersSmallTalkWithWhatTheBotDoes() {
    Answer answer = composer(SearchResult.unsearchable("t'es qui ?", "small-talk", 0)).answer("t'es qui ?");
    assertEquals("Je suis l'assistant de la permanence juridique du syndicat : je réponds aux questions sur le droit "
        + "du travail en citant nos textes. Posez votre question en une phrase, par exemple : « Combien de jours de "
        + "congés payés par mois travaillé ? »", answer.text());
  }

  @Test
  void fitsADiscordMessageWhateverThePassages() {
    String sentence = "Le comité social et économique est consulté sur tout projet important. ";
    Passage longPassage = new Passage("cnr#p1-abcdef", "cnr", "CNR Numérique (2023)", 1, "Section",
        sentence.repeat(40).strip(), 0, sentence.length() * 40, null);
    List<Hit> hits = List.of(
        new Hit(longPassage, 10f, List.of(sentence.repeat(15).strip())),
        new Hit(longPassage, 9f, List.of(sentence.repeat(15).strip())),
        new Hit(longPassage, 8f, List.of(sentence.repeat(15).strip())));
    Answer answer = composer(result(true, hits)).answer("q");
    assertTrue(answer.text().length() <= AnswerComposer.MESSAGE_LIMIT, "length " + answer.text().length());
    assertFalse(answer.quotes().isEmpty());
    assertTrue(answer.text().contains("[cnr#p1-abcdef]"), "the citation survives the trimming");
  }

  @Test
  void anItemOfAListOpensWithTheLinesIntroducingIt() {
    Passage syntec = new Passage("ccn1486#KALIARTI000047513833", "convention-1486",
        "Convention collective Syntec (IDCC 1486)", 0, "Durée du préavis", "La durée du préavis varie selon "
            + "l'ancienneté.\nLes durées suivantes s'appliquent en cas de démission :\n– pour les ETAM :\n"
            + "–– de moins de 2 ans d'ancienneté : 1 mois ;\n–– de plus de 2 ans d'ancienneté : 2 mois ;\n"
            + "– pour les ingénieurs et cadres : 3 mois.", 0, 250, null, SourceKind.CONVENTION,
        "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000047513833", "art. 4.2", List.of());
    Hit hit = new Hit(syntec, 10f, List.of("–– de plus de 2 ans d'ancienneté : 2 mois ;", "– pour les ETAM :"));
    assertEquals("[…] Les durées suivantes s'appliquent en cas de démission : – pour les ETAM : […] –– de plus de 2 "
        + "ans d'ancienneté : 2 mois ; […]", AnswerComposer.excerpt(hit, 1));
    // The lead-in quoted already is not repeated.
    assertEquals("[…] Les durées suivantes s'appliquent en cas de démission : – pour les ETAM : […] –– de plus de 2 "
        + "ans d'ancienneté : 2 mois ; […]", AnswerComposer.excerpt(hit, 2));
  }

  @Test
  void aQuestionAskingAFigureOpensOnAQuotedPassageStatingIt() {
    Article l3141_1 = new Article("L3141-1", "LEGIARTI000033020838",
        "Partie législative > Chapitre Ier : Congés payés > Paragraphe 1 : Droit au congé", "2016-08-10",
        "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020838");
    Passage right = new Passage("cdt#L3141-1", "code-du-travail", "Code du travail", 0, "Droit au congé",
        "Tout salarié a droit chaque année à un congé payé à la charge de l'employeur.", 0, 76, l3141_1);
    Passage syntec = new Passage("ccn1486#KALIARTI000047513845", "convention-1486",
        "Convention collective Syntec (IDCC 1486)", 0, "Durée des congés payés", "Tout salarié a droit à 25 jours "
            + "ouvrés de congés payés.", 0, 60, null, SourceKind.CONVENTION,
        "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000047513845", "art. 5.1", List.of());
    List<Hit> hits = List.of(new Hit(right, 10f, List.of(right.text()), false),
        new Hit(syntec, 9f, List.of(syntec.text()), true));
    Answer answer = composer(result(true, hits)).answer("combien de jours de congés payés ?");
    assertTrue(answer.text().startsWith("« Tout salarié a droit à 25 jours ouvrés de congés payés. »\n"
        + "— Convention collective Syntec (IDCC 1486), art. 5.1"), answer.text());
    // Without a figure asked, the best plain passage opens.
    List<Hit> noFigure = List.of(new Hit(right, 10f, List.of(right.text())), new Hit(syntec, 9f, List.of(syntec.text())));
    assertTrue(composer(result(true, noFigure)).answer("droit aux congés payés ?").text()
        .startsWith("« Tout salarié a droit chaque année"), "the first plain passage");
  }

  @Test
  void thePlainSentenceFirstThenTheQuotesGroupedByKindOfSource() {
    Passage fiche = new Passage("fiche#la-periode-dessai/duree", "fiches-travail", "La période d'essai", 0,
        "Quelle est la durée de la période d'essai ?", "La période d'essai d'un cadre dure 4 mois au plus. Elle peut "
            + "être renouvelée une fois.", 0, 95, null, SourceKind.FICHE,
        "https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai#duree", "", List.of("L1221-21"));
    Article l1221_19 = new Article("L1221-19", "LEGIARTI000019071113",
        "Partie législative > Chapitre Ier : Formation du contrat de travail > Section 4 : Période d'essai", "2008-06-27",
        "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019071113");
    Passage code = new Passage("cdt#L1221-19", "code-du-travail", "Code du travail", 0, "Section 4 : Période d'essai",
        "Le contrat de travail à durée indéterminée peut comporter une période d'essai dont la durée maximale est : "
            + "3° Pour les cadres, de quatre mois.", 0, 120, l1221_19);
    Passage syntec = new Passage("ccn1486#KALIARTI000047513825", "convention-1486",
        "Convention collective Syntec (IDCC 1486)", 0, "Période d'essai", "Pour les cadres, la période d'essai est de "
            + "4 mois. Elle peut être renouvelée une fois.", 0, 90, null, SourceKind.CONVENTION,
        "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000047513825", "art. 3.4", List.of());
    List<Hit> hits = List.of(
        new Hit(syntec, 10f, List.of("Pour les cadres, la période d'essai est de 4 mois.")),
        new Hit(fiche, 9f, List.of("La période d'essai d'un cadre dure 4 mois au plus.")),
        new Hit(code, 8f, List.of(code.text())),
        new Hit(CNR, 7f, List.of("Premier point.")));
    Answer answer = composer(result(true, hits)).answer("période d'essai cadre syntec");
    assertEquals("""
        « Pour les cadres, la période d'essai est de 4 mois. […] »
        — Convention collective Syntec (IDCC 1486), art. 3.4 (Période d'essai) \
        https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000047513825

        Ce que dit la loi :
        • « Le contrat de travail à durée indéterminée peut comporter une période d'essai dont la durée maximale \
        est : 3° Pour les cadres, de quatre mois. »
          — Code du travail, art. L. 1221-19 (Période d'essai) \
        https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019071113

        Ce qu'explique le ministère du Travail :
        • « La période d'essai d'un cadre dure 4 mois au plus. […] »
          — Fiche du ministère du Travail « La période d'essai », « Quelle est la durée de la période d'essai ? » \
        https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai#duree

        ℹ️ Information syndicale, pas un avis juridique. Pour votre situation, contactez \
        la permanence de l'UL (01 23 45 67 89).""", answer.text());
    assertEquals(List.of("ccn1486#KALIARTI000047513825", "cdt#L1221-19", "fiche#la-periode-dessai/duree"),
        answer.quotes().stream().map(q -> q.citation().passageId()).toList());
  }

  @Test
  void offersOnlyTheCitedArticlesTheSearchAlsoFound() {
    Passage fiche = new Passage("fiche#expertise/cse", "fiches-travail", "Les experts du CSE", 0,
        "Quand le CSE peut-il recourir à un expert ?", "Le CSE peut recourir à un expert habilité.", 0, 45, null,
        SourceKind.FICHE, "https://code.travail.gouv.fr/fiche-ministere-travail/experts#cse", "",
        List.of("L4624-3", "L2315-94"));
    List<Hit> hits = List.of(
        new Hit(fiche, 10f, List.of("Le CSE peut recourir à un expert habilité.")),
        new Hit(ARTICLE, 3f, List.of(ARTICLE.text())));
    Answer answer = composer(result(true, hits)).answer("Le CSE peut-il prendre un expert ?");
    assertEquals(List.of("L2315-94"), answer.seeAlso(),
        "L4624-3 is cited by the section but was not found for the question");
  }

  @Test
  void opensOnTheSentenceThatAnswersNotTheFirstOneMatched() {
    Article l1237_13 = new Article("L1237-13", "LEGIARTI000019071182",
        "Partie législative > … > Section 3 : Rupture conventionnelle", "2008-06-27",
        "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019071182");
    Passage code = new Passage("cdt#L1237-13", "code-du-travail", "Code du travail", 0,
        "Section 3 : Rupture conventionnelle", "La convention de rupture définit les conditions de celle-ci. "
            + "A compter de la date de sa signature, chacune des parties dispose d'un délai de quinze jours "
            + "calendaires pour exercer son droit de rétractation.", 0, 180, l1237_13);
    // Highlights come best first: the second sentence is the one that answers.
    Hit hit = new Hit(code, 12f, List.of(
        "A compter de la date de sa signature, chacune des parties dispose d'un délai de quinze jours "
            + "calendaires pour exercer son droit de rétractation.",
        "La convention de rupture définit les conditions de celle-ci."));
    Answer answer = composer(result(true, List.of(hit))).answer("rupture conventionnelle : délai de rétractation ?");
    assertTrue(answer.text().startsWith("« […] A compter de la date de sa signature, chacune des parties dispose "
        + "d'un délai de quinze jours calendaires pour exercer son droit de rétractation. »\n"), answer.text());
    assertEquals("La convention de rupture définit les conditions de celle-ci. A compter de la date de sa "
        + "signature, chacune des parties dispose d'un délai de quinze jours calendaires pour exercer son droit de "
        + "rétractation.", AnswerComposer.excerpt(hit, 2), "two sentences read in the text's order");
  }

  @Test
  void neverOpensOnAnExceptionReadWithoutItsRule() {
    Passage code = new Passage("cdt#L1225-4", "code-du-travail", "Code du travail", 0, "Protection de la grossesse",
        "Aucun employeur ne peut rompre le contrat de travail d'une salariée lorsqu'elle est en état de grossesse "
            + "médicalement constaté. Toutefois, l'employeur peut rompre le contrat s'il justifie d'une faute grave "
            + "de l'intéressée, non liée à l'état de grossesse.", 0, 230, null);
    Hit hit = new Hit(code, 12f, List.of(
        "Toutefois, l'employeur peut rompre le contrat s'il justifie d'une faute grave de l'intéressée, non liée "
            + "à l'état de grossesse.",
        "Aucun employeur ne peut rompre le contrat de travail d'une salariée lorsqu'elle est en état de grossesse "
            + "médicalement constaté."));
    assertEquals("Aucun employeur ne peut rompre le contrat de travail d'une salariée lorsqu'elle est en état de "
        + "grossesse médicalement constaté. […]", AnswerComposer.excerpt(hit, 1));
  }
}
