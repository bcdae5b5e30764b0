package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import fr.permanence.corpus.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which article of the code a member gets: an everyday article the fact sheets explain comes
 * before an obscure decree sharing a word with the question (the article prior), and a fact
 * sheet's section that answers brings the article it cites even when that article is worded far
 * from the question (propagation). Each phenomenon is shown with and without its knob.
 */
class CodeArticleRankingTest {
  private static final String PAID_LEAVE_PLAN = "Partie législative > Troisième partie : Durée du travail, salaire, "
      + "intéressement, participation et épargne salariale > Livre Ier > Titre IV : Congés payés et autres congés";
  private static final String PERFORMERS_PLAN = "Partie réglementaire > Septième partie : Dispositions particulières "
      + "à certaines professions et activités > Livre Ier : Journalistes professionnels, professions du spectacle";
  private static final String TRIAL_PLAN = "Partie législative > Première partie : Les relations individuelles de "
      + "travail > Livre II : Le contrat de travail > Section 4 : Période d'essai";

  /** An article of the code numbered {@code number}, at {@code plan} in the code's plan. */
  static Passage article(String number, String plan, String text) {
    return new Passage("cdt#" + number, "code-du-travail", "Code du travail", 0, "", text, 0, text.length(),
        new Article(number, "LEGIARTI" + number, plan, "", ""));
  }

  private static Passage sheet(String id, String title, String section, String text, String cited) {
    return new Passage(id, "fiches-travail", title, 0, section, text, 0, text.length(), null, SourceKind.FICHE,
        "", "", List.of(cited));
  }

  private static final List<Passage> PASSAGES = List.of(
      article("L3141-3", PAID_LEAVE_PLAN, "Le salarié a droit à un congé de deux jours et demi ouvrables par mois "
          + "de travail effectif chez le même employeur."),
      article("R7122-9", PERFORMERS_PLAN, "Les congés des artistes du spectacle sont payés chaque mois par la "
          + "caisse des congés spectacles."),
      article("L1221-19", TRIAL_PLAN, "Le contrat peut prévoir une période probatoire de quatre mois au plus pour "
          + "les ingénieurs."),
      article("R7123-4", PERFORMERS_PLAN, "Le cadre d'emploi des mannequins est fixé par l'agence."),
      sheet("fiche#les-conges/acquisition", "Les congés", "Comment s'acquièrent-ils ?",
          "Le salarié acquiert ses jours de repos annuels au fil de l'année.", "L3141-3"),
      sheet("fiche#essai/duree", "La période d'essai", "Combien de temps dure l'essai d'un cadre ?",
          "Pour un cadre, l'essai dure quatre mois au plus, renouvellement compris dans certains cas.", "L1221-19"));

  private static final PassageSource SOURCE = new PassageSource() {
    @Override
    public String fingerprint() {
      return "code-article-ranking-test-1";
    }

    @Override
    public List<Passage> passages() {
      return PASSAGES;
    }
  };

  private static List<String> ids(Path dir, String question, RankingParameters parameters) {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT,
          parameters);
      return searcher.search(question, 10).hits().stream().map(h -> h.passage().id()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parameters without the topic field, so that only the text's words and the prior decide. */
  private static final RankingParameters WORDS = RankingParameters.DEFAULTS.with("topicBoost", 0);
  /** Every article as its words score it, no section bringing any. */
  private static final RankingParameters NO_PRIOR = WORDS
      .with("articleUncited", 0).with("articleRegulatory", 1).with("articlePeripheral", 1).with("citedShare", 0);
  /** The prior alone. */
  private static final RankingParameters PRIOR = WORDS
      .with("articleUncited", 0.3).with("articleRegulatory", 0.8).with("articlePeripheral", 0.5).with("citedShare", 0);

  @Test
  void anObscureDecreeSharingWordsNoLongerOutranksTheEverydayArticle(@TempDir Path dir) {
    String question = "Ai-je droit à des congés payés chaque mois ?";
    assertEquals(List.of("cdt#R7122-9", "cdt#L3141-3", "fiche#essai/duree", "cdt#L1221-19",
        "fiche#les-conges/acquisition"), ids(dir, question, NO_PRIOR));
    // The performers' decree is regulatory, in the seventh part and cited by no sheet: 0.8 × 0.5 × 0.7;
    // the paid-leave article, cited by one section, keeps 1 - 0.3 × 2 / 3 = 0.8 of its score.
    assertEquals(List.of("cdt#L3141-3", "cdt#R7122-9", "fiche#essai/duree", "fiche#les-conges/acquisition",
        "cdt#L1221-19"), ids(dir, question, PRIOR));
  }

  @Test
  void aSectionThatAnswersBringsTheArticleItCitesWhateverItsWords(@TempDir Path dir) {
    String question = "Combien de temps dure l'essai d'un cadre ?";
    // The article says "période probatoire" and "ingénieurs": none of the question's words.
    assertEquals(List.of("fiche#essai/duree", "cdt#R7123-4"), ids(dir, question, PRIOR));
    assertEquals(List.of("fiche#essai/duree", "cdt#L1221-19", "cdt#R7123-4"),
        ids(dir, question, PRIOR.with("citedShare", 0.3)));
  }
}
