package fr.permanence.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.corpus.SourceKind;
import fr.permanence.evaluation.EvalQuestion;
import fr.permanence.search.SearchResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorecardTest {
  private static final Citation L1221_19 = new Citation("cdt#L1221-19", "code-du-travail", "Code du travail", 0,
      "Période d'essai", "L1221-19", "", SourceKind.CODE, "");
  private static final Citation FICHE = new Citation("fiche#essai", "fiches-travail", "La période d'essai", 0,
      "Durée", "", "", SourceKind.FICHE, "");

  private static EvalQuestion question(String id, List<String> evidence, List<String> articles) {
    return new EvalQuestion(id, "Combien dure la période d'essai d'un cadre ?", true, "code-du-travail", "formal", "",
        evidence, articles);
  }

  private static Answer answer(Quote... quotes) {
    SearchResult result = new SearchResult("q", List.of(), true, List.of(), List.of(), "", 0);
    return new Answer("q", true, "texte", List.of(quotes), List.of(), "extractive", result);
  }

  @Test
  void countsTheOpeningQuoteAndAnyQuoteBySnippetOrArticle() {
    Quote cadres = new Quote("Pour les cadres, la durée est de quatre mois.", FICHE, 2f);
    Quote ouvriers = new Quote("La période d'essai des ouvriers est de deux mois. […]", L1221_19, 3f);
    QuoteScorecard card = new QuoteScorecard();
    // The snippet is in the second quote; the first quotes the article: score.py's rule holds at the opening.
    card.add(question("a", List.of("Pour les cadres, la durée est de QUATRE mois"), List.of("L1221-19")),
        answer(ouvriers, cadres));
    // The snippet opens the answer.
    card.add(question("b", List.of("cadres, la durée est de quatre mois"), List.of()), answer(cadres, ouvriers));
    // Articles only: the opening quotes another source, the second quote the article.
    card.add(question("c", List.of(), List.of("L. 1221-19")), answer(cadres, ouvriers));

    assertEquals("q=3 answered=3 | evidence or article: opening=2 (0.667) any=3 (1.000)"
        + " | snippet (2 q): opening=1 (0.500) any=2 (1.000)", card.group("all").toString());
    assertEquals(List.of(
        "a [evidence in quote 2] Combien dure la période d'essai d'un cadre ?\n    opens: cdt#L1221-19 « La période "
            + "d'essai des ouvriers est de deux mois. […] »",
        "c [evidence in quote 2] Combien dure la période d'essai d'un cadre ?\n    opens: fiche#essai « Pour les "
            + "cadres, la durée est de quatre mois. »"), card.misses());
  }

  @Test
  void aRefusalHoldsNothing() {
    SearchResult refused = new SearchResult("q", List.of(), false, List.of(), List.of(), "", 0);
    QuoteScorecard card = new QuoteScorecard();
    card.add(question("d", List.of("quatre mois"), List.of()),
        new Answer("q", false, "Rien de fiable", List.of(), List.of(), "extractive", refused));
    assertEquals("q=1 answered=0 | evidence or article: opening=0 (0.000) any=0 (0.000)"
        + " | snippet (1 q): opening=0 (0.000) any=0 (0.000)", card.group("part=code-du-travail").toString());
  }
}
