package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import fr.permanence.corpus.SourceKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kinds of source in one index: a fact sheet's section brings the article it cites that matches
 * the question, and a question naming the agreement gets the agreement's article first.
 */
class SourceKindSearchTest {
  private static Passage article(String number, String text) {
    return new Passage("cdt#" + number, "code-du-travail", "Code du travail", 0, "Période d'essai", text, 0,
        text.length(), new Article(number, "LEGIARTI" + number, "Section 4 : Période d'essai", "", ""));
  }

  private static final Passage FICHE = new Passage("fiche#la-periode-dessai/duree", "fiches-travail",
      "La période d'essai", 0, "Quelle est la durée de la période d'essai ?",
      "La durée de la période d'essai d'un cadre est de 4 mois au plus, renouvellement possible une fois.", 0, 98, null,
      SourceKind.FICHE, "https://code.travail.gouv.fr/fiche-ministere-travail/la-periode-dessai#duree", "",
      List.of("L1221-19", "L1221-21"));
  private static final Passage SYNTEC = new Passage("ccn1486#KALIARTI1", "convention-1486",
      "Convention collective Syntec (IDCC 1486)", 0, "Période d'essai",
      "Pour les ingénieurs et cadres, la période d'essai est de 4 mois.", 0, 64, null, SourceKind.CONVENTION,
      "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI1", "art. 3.4", List.of());

  private static final List<Passage> PASSAGES = List.of(FICHE, SYNTEC,
      article("L1221-19", "Le contrat de travail à durée indéterminée peut comporter une période d'essai dont la "
          + "durée maximale est de quatre mois pour les cadres."),
      article("L1221-21", "La période d'essai peut être renouvelée une fois si un accord de branche étendu le prévoit."),
      article("L1221-25", "Lorsqu'il est mis fin, par l'employeur, au contrat en cours ou au terme de la période "
          + "d'essai, le salarié est prévenu dans un délai qui ne peut être inférieur à vingt-quatre heures."),
      new Passage("guide#p3-a", "guide", "Guide des élus", 3, "Embauche",
          "Le guide rappelle que la durée d'un contrat se négocie à l'embauche.", 0, 68, null));

  private static final PassageSource SOURCE = new PassageSource() {
    @Override
    public String fingerprint() {
      return "source-kind-test-1";
    }

    @Override
    public List<Passage> passages() {
      return PASSAGES;
    }
  };

  @Test
  void aFactSheetSectionBringsTheCitedArticleRightAfterIt(@TempDir Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      List<String> ids = searcher.search("Quelle est la durée de la période d'essai ?", 10).hits().stream()
          .map(h -> h.passage().id()).toList();
      int sheet = ids.indexOf(FICHE.id());
      int brought = ids.indexOf("cdt#L1221-19");
      assertEquals(true, sheet >= 0 && brought >= 0 && brought <= sheet + 1, ids.toString());
    }
  }

  @Test
  void namingTheAgreementGivesItsArticlesTheWeightOfTheUnionsDocuments(@TempDir Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      SearchResult named = searcher.search("période d'essai d'un cadre avec la convention Syntec", 10);
      assertEquals(SYNTEC.id(), named.hits().get(0).passage().id());
      assertEquals("art. 3.4", named.hits().get(0).passage().reference());
      assertEquals(SourceKind.CONVENTION, named.hits().get(0).passage().kind());
    }
  }
}
