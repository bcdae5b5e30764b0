package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.analysis.FrenchDictionary;
import fr.permanence.analysis.FrenchLegalAnalyzer;
import fr.permanence.analysis.Synonyms;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.PassageSource;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accent-less words whose stem differs from the accented one get their accents back from the
 * indexed texts' words; others, and words the texts use as written, stay as they are.
 */
class MissingAccentsTest {
  private static Passage passage(String id, String text) {
    return new Passage(id, "doc", "Doc", 1, "", text, 0, text.length(), null);
  }

  private static final List<Passage> PASSAGES = List.of(
      passage("doc#fin", "L'indemnité de précarité est due au salarié à la fin du contrat à durée déterminée."),
      passage("doc#secu", "La sécurité des salariés et la sécurité des installations."),
      passage("doc#conge", "Le congé payé est pris entre le 1er mai et le 31 octobre."),
      passage("doc#limite", "La limite est fixée par décret. Une autre limite s'applique aux heures."),
      passage("doc#accord", "La convention collective et l'accord collectif s'appliquent."));

  private static final PassageSource SOURCE = new PassageSource() {
    @Override
    public String fingerprint() {
      return "missing-accents-test-1";
    }

    @Override
    public List<Passage> passages() {
      return PASSAGES;
    }
  };

  @Test
  void accentsComeBackWhereTheyChangeTheStem(@TempDir Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      IndexSearcher searcher = index.searchers().acquire();
      try {
        MissingAccents accents = new MissingAccents(new FrenchLegalAnalyzer(), FrenchDictionary::get);
        // "precarite" and "securite" stem apart from "précarité" and "sécurité": the fewest accents that join them.
        assertEquals("prime de precarité, securité des salariés",
            accents.restore(searcher.getIndexReader(), "prime de precarite, securite des salaries"));
        // "conge" already stems like "congé"; "limite" is a word of the texts: both stay.
        assertEquals("mon conge et la limite", accents.restore(searcher.getIndexReader(), "mon conge et la limite"));
        // "collécter" would stem like "collective", a word of the texts, but French never writes it:
        // the verb keeps its own stem, that of the "collecte" of data.
        assertEquals("collecter des infos", accents.restore(searcher.getIndexReader(), "collecter des infos"));
        // Acronyms and words the texts do not have at all stay as written.
        assertEquals("SECURITE zorglube", accents.restore(searcher.getIndexReader(), "SECURITE zorglube"));
      } finally {
        index.searchers().release(searcher);
      }
    }
  }

  @Test
  void anAccentLessQuestionFindsTheAccentedPassage(@TempDir Path dir) throws Exception {
    try (PassageIndex index = PassageIndex.open(dir, SOURCE)) {
      PassageSearcher searcher = new PassageSearcher(index.searchers(), Synonyms.none(), Answerability.DEFAULT);
      assertEquals("doc#fin", searcher.search("jai droit a la prime de precarite ?", 10).hits().get(0).passage().id());
    }
  }
}
