package fr.permanence.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The repository's lexicon is written so that its words stem as the texts' words do: an entry
 * typed without its accents ("donnees", "delit") stems to another word ("donne" of "donner", "del"
 * of "délai") and its rule matches nothing, or the wrong thing.
 */
class LexiconSpellingTest {
  private static final Path FOLDER = Path.of("..", "corpus", "lexicon");
  /**
   * Written without accents on purpose: "employé" stems like "emploi", and the group of
   * "salarié" would then expand every question about a job.
   */
  private static final Set<String> KEPT = Set.of("employe", "employes");

  @Test
  void everyEntryWrittenWithoutAccentsStemsLikeItsFrenchSpelling() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Analyzer analyzer = new FrenchLegalAnalyzer(); var files = Files.list(FOLDER)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int n = 0; n < lines.size(); n++) {
          String line = lines.get(n).strip();
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          for (String word : line.split("[,\\s'’]+|=>")) {
            String w = word.strip();
            if (w.isEmpty() || KEPT.contains(w) || !w.chars().allMatch(c -> c < 128)
                || w.chars().allMatch(Character::isUpperCase)) {
              continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            List<String> spellings = FrenchDictionary.get().spellings(lower);
            if (spellings.isEmpty() || spellings.contains(lower)) {
              continue; // no French word, or French as written
            }
            List<String> own = Terms.of(analyzer, lower);
            if (spellings.stream().noneMatch(s -> Terms.of(analyzer, s).equals(own))) {
              wrong.add(file.getFileName() + ":" + (n + 1) + " " + w + " (" + spellings.get(0) + ")");
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aDateIsNoData() throws IOException {
    // "data" stems like "date": in the group of "données", every date searched personal data.
    try (Analyzer analyzer = new FrenchLegalAnalyzer(Synonyms.read(FOLDER))) {
      assertEquals(List.of("dat"), Terms.of(analyzer, "dates"));
    }
  }
}
