package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import fr.permanence.corpus.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words naming a source: which kind and source they name, and the question left to search. */
class SourceNamesTest {
  private static final FrenchLegalAnalyzer ANALYZER = new FrenchLegalAnalyzer();

  private static SourceNames.Naming general(String question) {
    return SourceNames.general().find(question, ANALYZER);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Que prévoit la convention collective sur les congés d'ancienneté ?|CONVENTION|Que prévoit la sur les congés d'ancienneté ?",
      "Avec la CCN, le préavis d'un technicien dure combien ?|CONVENTION|Avec la , le préavis d'un technicien dure combien ?",
      "Mon IDCC donne-t-il une prime de vacances ?|CONVENTION|Mon donne-t-il une prime de vacances ?",
      "D'après le Code du Travail, combien de jours pour un mariage ?|CODE|D'après le , combien de jours pour un mariage ?",
      "La loi oblige-t-elle à payer les astreintes ?|CODE|La oblige-t-elle à payer les astreintes ?",
      "Dans quel article du code trouver le préavis ?|CODE|Dans quel trouver le préavis ?",
      "Le guide parle-t-il du télétravail ?|DOCUMENT|Le parle-t-il du télétravail ?",
      "Dans la brochure, que faire face au harcèlement ?|DOCUMENT|Dans la , que faire face au harcèlement ?",
      "La feuille de route prévoit quoi pour les TPE ?|DOCUMENT|La prévoit quoi pour les TPE ?",
      "Selon les fiches pratiques du ministère du Travail, le préavis se paie ?|FICHE|Selon les du , le préavis se paie ?",
  })
  void aWordNamingAKindRoutesToItAndLeavesTheContent(String question, SourceKind kind, String content) {
    SourceNames.Naming naming = general(question);
    assertEquals(Set.of(kind), naming.kinds());
    assertEquals(Set.of(), naming.sources());
    assertEquals(content, naming.content());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mon employeur a-t-il mis à jour le document unique d'évaluation des risques ?",
      "Mon salaire est-il bas par rapport aux minima ?",
      "Ma convention de forfait en jours est-elle valable ?",
      "Que dit l'article L. 1234-9 sur l'indemnité ?",
      "Ma fiche de paie oublie mes heures de nuit",
      "Le code source de l'outil de pointage est-il secret ?",
      "Le rapport de force avec la direction est tendu, que faire ?",
      "Les conventions collectives peuvent-elles déroger au repos dominical ?",
      "Un accord de branche peut-il réduire le préavis ?",
  })
  void aWordThatIsPartOfSomethingElseNamesNothing(String question) {
    SourceNames.Naming naming = general(question);
    assertEquals(Set.of(), naming.kinds(), question);
    assertEquals(question, naming.content());
  }

  @Test
  void aQuestionOfNamingWordsOnlyKeepsThemAsContent() {
    SourceNames.Naming naming = general("Que dit la convention collective ?");
    assertEquals(Set.of(SourceKind.CONVENTION), naming.kinds());
    assertEquals("Que dit la convention collective ?", naming.content());
  }

  @Test
  void twoKindsNamedAreBothRouted() {
    assertEquals(Set.of(SourceKind.CODE, SourceKind.CONVENTION),
        general("La convention collective peut-elle faire moins bien que la loi sur les heures sup ?").kinds());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CGT — Livret sur le bilan 2025 du numérique (Numeum)|CGT,Livret,Numeum",
      "Convention collective Syntec (IDCC 1486)|Syntec,IDCC,1486",
      "CNR Numérique — Transitions numériques au travail (2023)|CNR,Numérique,Transitions",
      "Big data, IA et plateformes : les mutations du travail|''",
      "Fédération Zéphyr — Les salaires (tract)|Zéphyr,Les,tract",
  })
  void aTitlesNamesAreItsAcronymsCapitalisedWordsAndBracketedLabel(String title, String names) {
    assertEquals(names.isEmpty() ? List.of() : List.of(names.split(",")), SourceNames.names(title));
  }

  private static Passage document(String slug, String title, String text) {
    return new Passage(slug + "#p1-" + text.hashCode(), slug, title, 1, "", text, 0, text.length(), null);
  }

  private static final List<Passage> PASSAGES = List.of(
      document("zephyr", "Fédération Zéphyr — Télétravail et Salaires (brochure)",
          "Le télétravail se négocie : les salaires ne baissent pas en télétravail."),
      document("zephyr", "Fédération Zéphyr — Télétravail et Salaires (brochure)",
          "Les salaires des télétravailleurs suivent la grille."),
      document("boreal", "Collectif Boréal — Le télétravail au quotidien",
          "Le télétravail demande un accord ou une charte ; les salaires restent les mêmes."),
      document("boreal", "Collectif Boréal — Le télétravail au quotidien",
          "Les frais du télétravail sont remboursés, et les salaires versés à la même date."),
      new Passage("ccn9999#1", "convention-9999", "Convention collective Hélios (IDCC 9999)", 0, "Télétravail",
          "Le télétravail ouvre droit à une indemnité de 20 euros par mois.", 0, 63, null, SourceKind.CONVENTION, "",
          "art. 7", List.of()));

  private static final PassageSource SOURCE = new FixedSource("source-names-test-1", PASSAGES);

  @Test
  void aNameInASourcesTitleNamesThatSourceButATopicWordOfTheTitleDoesNot(@TempDir Path dir) throws Exception {
    SourceNames names = namesOf(SOURCE, dir);
    SourceNames.Naming zephyr = names.find("Que pense Zéphyr du télétravail ?", ANALYZER);
    assertEquals(Set.of(SourceKind.DOCUMENT), zephyr.kinds());
    assertEquals(Set.of("zephyr"), zephyr.sources());
    assertEquals("Que pense du télétravail ?", zephyr.content());
    SourceNames.Naming helios = names.find("Hélios paie-t-il le télétravail ?", ANALYZER);
    assertEquals(Set.of("convention-9999"), helios.sources());
    assertEquals(Set.of(SourceKind.CONVENTION), helios.kinds());
    // "Salaires" is in the title, but in most passages: a topic, not a name.
    assertEquals(Set.of(), names.find("Les salaires baissent-ils en télétravail ?", ANALYZER).kinds());
  }

  /** The naming vocabulary of an index of {@code source}, built in {@code dir}. */
  private static SourceNames namesOf(PassageSource source, Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, source)) {
      IndexSearcher searcher = index.searchers().acquire();
      try {
        return SourceNames.of(searcher);
      } finally {
        index.searchers().release(searcher);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UGICT-CGT|UGICT,CGT",
      "Yamina Nehbi et Noël Lechat (signataires de l'introduction), pour une fédération CGT|CGT,Yamina Nehbi,Noël Lechat",
      "Conseil national du numérique et le pôle France Num de la DGE ; mot du ministre Jean-Noël Barrot"
          + "|DGE,France Num,Jean-Noël Barrot",
      "Noël, pour la fédération|''",
  })
  void anAuthorsNamesAreItsAcronymsAndFullNames(String author, String names) {
    assertEquals(names.isEmpty() ? List.of() : List.of(names.split(",")), SourceNames.authorNames(author));
  }

  @Test
  void theAuthorOrPublisherOfADocumentNamesItAsItsTitleDoes(@TempDir Path dir) throws Exception {
    List<Passage> passages = List.of(
        document("robots", "Intelligence artificielle et algorithmes : quel progrès ?",
            "Il n'y a pas de déterminisme technologique : l'outil sert un projet social."),
        document("robots", "Intelligence artificielle et algorithmes : quel progrès ?",
            "Le recrutement automatisé reproduit les stéréotypes des équipes en place."),
        document("quotidien", "Le télétravail au quotidien",
            "Le télétravail demande un accord ou une charte, et le recrutement reste humain."));
    PassageSource source = new FixedSource("source-names-authors-1", passages,
        Map.of("robots", "UGICT-CGT (ingénieurs, cadres et techniciens)", "quotidien", "Camille Vernet"));
    SourceNames names = namesOf(source, dir);
    SourceNames.Naming ugict = names.find("Que dit l'UGICT du recrutement par IA ?", ANALYZER);
    assertEquals(Set.of(SourceKind.DOCUMENT), ugict.kinds());
    assertEquals(Set.of("robots"), ugict.sources());
    assertEquals("Que dit l' du recrutement par IA ?", ugict.content());
    SourceNames.Naming person = names.find("Camille Vernet parle-t-elle des chartes ?", ANALYZER);
    assertEquals(Set.of("quotidien"), person.sources());
    assertEquals("parle-t-elle des chartes ?", person.content());
    // A first name alone, or a word of the author line that is no name, names nothing.
    assertEquals(Set.of(), names.find("Camille peut-elle refuser le télétravail ?", ANALYZER).kinds());
    assertEquals(Set.of(), names.find("Les techniciens ont-ils droit au télétravail ?", ANALYZER).kinds());
  }

  private static final List<Passage> KINDS_OF_TEXT = List.of(
      document("forum", "Machines et travail (conférence)",
          "Face au fordisme, les ouvriers ont combattu la cadence de la machine."),
      document("bilan", "Fédération Boréal — Livret sur le télétravail",
          "Le télétravail demande un accord ou une charte."),
      document("note", "Transitions au travail",
          "Les outils numériques changent la journée de travail."),
      document("essai", "Données et plateformes",
          "Les plateformes captent les données des travailleurs."));

  private static final PassageSource KINDS_SOURCE = new FixedSource("source-names-kinds-1", KINDS_OF_TEXT,
      Map.of(), Map.of("bilan", "livret", "note", "rapport", "essai", "article"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // What the metadata says a source is, and a label of its title, name it.
      "Que dit le rapport sur les plateformes ?|note|Que dit le sur les plateformes ?",
      "Que dit l'article sur les plateformes ?|essai|Que dit sur les plateformes ?",
      "La conf parle-t-elle de cadence ?|forum|La parle-t-elle de cadence ?",
      "Selon la conférence, qui profite des machines ?|forum|Selon la , qui profite des machines ?",
      // A name and the kind word agreeing name their common source.
      "Le livret de Boréal parle du télétravail ?|bilan|Le de parle du télétravail ?",
      // An organisation apart from the kind word naming another source is the topic.
      "D'après la conf, Boréal s'y est opposé comment ?|forum|D'après la , Boréal s'y est opposé comment ?",
      // A name attached to the kind word says whose text is meant.
      "Le rapport de Boréal parle du télétravail ?|bilan|Le de parle du télétravail ?",
  })
  void aKindOfTextNamesTheSourcesThatAreThatKindAndWinsOverANameApart(String question, String source,
      String content, @TempDir Path dir) throws Exception {
    SourceNames.Naming naming = namesOf(KINDS_SOURCE, dir).find(question, ANALYZER);
    assertEquals(Set.of(SourceKind.DOCUMENT), naming.kinds());
    assertEquals(Set.of(source), naming.sources());
    assertEquals(content, naming.content());
  }

  @Test
  void theNamedSourcesPassagesScoreTheBoostTimesMoreAndTheNameIsNoContent(@TempDir Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      Map<String, Float> plain = scores(searcher.search("les frais du télétravail", 5));
      Map<String, Float> named = scores(searcher.search("Zéphyr, les frais du télétravail", 5));
      for (Passage p : PASSAGES.subList(0, 4)) {
        float factor = p.doc().equals("zephyr") ? RankingParameters.DEFAULTS.namedSourceBoost() : 1f;
        assertEquals(plain.get(p.id()) * factor, named.get(p.id()), 1e-4, p.id());
      }
    }
  }

  private static Map<String, Float> scores(SearchResult result) {
    return result.hits().stream().collect(Collectors.toMap(h -> h.passage().id(), h -> h.score()));
  }

  @Test
  void namedKindsWeighFullyTheOthersLessANamedSourceMore() {
    RankingParameters p = RankingParameters.DEFAULTS;
    KindWeights none = KindWeights.of(SourceNames.Naming.none("q"), p);
    for (SourceKind kind : SourceKind.values()) {
      assertEquals(p.weight(kind), none.of(kind));
    }
    KindWeights convention = KindWeights.of(
        new SourceNames.Naming(Set.of(SourceKind.CONVENTION), Set.of("convention-9999"), "q"), p);
    assertEquals(1f, convention.of(SourceKind.CONVENTION));
    assertEquals(p.unnamedKindFactor(), convention.of(SourceKind.DOCUMENT));
    assertEquals(p.weight(SourceKind.CODE) * p.unnamedKindFactor(), convention.of(SourceKind.CODE));
    assertEquals(p.namedSourceBoost(), convention.of(PASSAGES.get(4)));
    assertEquals(p.unnamedKindFactor(), convention.of(PASSAGES.get(0)));
  }
}
