package fr.permanence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Corpus;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceDocument;
import fr.permanence.text.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The passages of the five documents of the default corpus (../corpus). */
class CorpusPassagesTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  /**
   * Passages under {@link PassageSplitter#MIN_WORDS} words measured on the default corpus (43 of
   * 534, 42 of them a whole section: a heading and one short paragraph); a change in splitting
   * or heading detection shows here first.
   */
  private static final int MAX_SHORT_PASSAGES = 43;
  /** Short passages in a longer section, which could not join their neighbour (measured: 1). */
  private static final int MAX_SHORT_IN_LONGER_SECTIONS = 1;
  /** A sentence ends with one of these, possibly followed by a closing quote or bracket. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:[\\s\u00a0\u2009\u202f]*[»”\")\\]])*$");

  private static Map<SourceDocument, DocumentIngester.Repaired> repaired;
  private static Map<SourceDocument, List<Passage>> passages;

  @BeforeAll
  static void ingest() throws IOException {
    repaired = new LinkedHashMap<>();
    passages = new LinkedHashMap<>();
    DocumentIngester ingester = new DocumentIngester();
    for (SourceDocument d : Corpus.open(CORPUS).documents()) {
      repaired.put(d, DocumentIngester.repair(Files.readString(d.file())));
      passages.put(d, ingester.passages(d));
    }
  }

  private static List<Passage> all() {
    return passages.values().stream().flatMap(List::stream).toList();
  }

  @Test
  void passageTextIsTheRepairedTextBetweenItsOffsets() {
    for (var e : passages.entrySet()) {
      String text = repaired.get(e.getKey()).text();
      for (Passage p : e.getValue()) {
        assertEquals(text.substring(p.start(), p.end()), p.text(), p.id());
        assertEquals(e.getKey().slug(), p.doc());
        assertEquals(e.getKey().title(), p.title());
        assertTrue(p.id().startsWith(p.doc() + "#p" + p.page() + "-"), p.id());
      }
    }
  }

  @Test
  void idsAreUniqueAndStableAcrossIngestions() {
    List<String> ids = all().stream().map(Passage::id).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate passage ids");
    DocumentIngester again = new DocumentIngester();
    List<Passage> second = new ArrayList<>();
    passages.keySet().forEach(d -> second.addAll(again.passages(d)));
    assertEquals(all(), second);
  }

  @Test
  void passagesAreAtMost220WordsAndShortOnlyWhereTheirSectionIs() {
    int shortOnes = 0;
    int shortWholeSections = 0;
    for (List<Passage> doc : passages.values()) {
      Map<String, Integer> sectionWords = new HashMap<>();
      // A section heading can recur (e.g. "DU TRAVAIL"); count runs of passages, keyed by first index.
      List<Integer> runOf = new ArrayList<>();
      for (int i = 0; i < doc.size(); i++) {
        boolean continues = i > 0 && doc.get(i - 1).section().equals(doc.get(i).section());
        runOf.add(continues ? runOf.get(i - 1) : i);
        sectionWords.merge(String.valueOf(runOf.get(i)), doc.get(i).wordCount(), Integer::sum);
      }
      for (int i = 0; i < doc.size(); i++) {
        Passage p = doc.get(i);
        assertTrue(p.wordCount() <= PassageSplitter.MAX_WORDS, p.id() + " has " + p.wordCount() + " words");
        if (p.wordCount() < PassageSplitter.MIN_WORDS) {
          shortOnes++;
          if (sectionWords.get(String.valueOf(runOf.get(i))) < PassageSplitter.MIN_WORDS) {
            shortWholeSections++;
          } else {
            // Otherwise it could not join its neighbour: first of its section, or the two would be too long.
            boolean firstOfSection = runOf.get(i) == i;
            boolean tooLongTogether = i > 0 && doc.get(i - 1).wordCount() + p.wordCount() > PassageSplitter.MAX_WORDS;
            assertTrue(firstOfSection || tooLongTogether, p.id() + " (" + p.wordCount() + " words) could have joined");
          }
        }
      }
    }
    System.out.printf("passages: %d, under %d words: %d (whole sections shorter than that: %d)%n",
        all().size(), PassageSplitter.MIN_WORDS, shortOnes, shortWholeSections);
    assertTrue(shortOnes <= MAX_SHORT_PASSAGES, shortOnes + " short passages");
    assertTrue(shortOnes - shortWholeSections <= MAX_SHORT_IN_LONGER_SECTIONS,
        (shortOnes - shortWholeSections) + " short passages in longer sections");
  }

  @Test
  void passagesNeverCutASentence() {
    for (var e : passages.entrySet()) {
      List<Block> blocks = repaired.get(e.getKey()).blocks();
      Set<Integer> blockStarts = new HashSet<>();
      Set<Integer> blockEnds = new HashSet<>();
      Set<Integer> sentenceStarts = new HashSet<>();
      Set<Integer> sentenceEnds = new HashSet<>();
      for (Block b : blocks) {
        blockStarts.add(b.start());
        blockEnds.add(b.end());
        for (int[] s : SentenceSplitter.spans(b.text())) {
          sentenceStarts.add(b.start() + s[0]);
          sentenceEnds.add(b.start() + s[1]);
        }
      }
      for (Passage p : e.getValue()) {
        // Either whole paragraphs, or sentences of a paragraph too long to quote whole.
        assertTrue(blockStarts.contains(p.start()) || sentenceStarts.contains(p.start()), p.id() + " starts mid-sentence");
        assertTrue(blockEnds.contains(p.end())
            || (sentenceEnds.contains(p.end()) && SENTENCE_END.matcher(p.text()).find()),
            p.id() + " ends mid-sentence: …" + p.text().substring(Math.max(0, p.text().length() - 60)));
      }
    }
  }

  @Test
  void sectionsAndPagesOfKnownPassages() {
    Passage cadre = find("cnr-transitions-numeriques-travail-2023", "Le dialogue social sur le numérique n’est pas nouveau");
    assertEquals("Le cadre légal et réglementaire du dialogue social sur le numérique", cadre.section());
    assertEquals(74, cadre.page());
    Passage microsoft = find("cgt-livret-numeum-bilan-2025", "Microsoft, Amazon et Google ont vu leurs activités cloud");
    assertEquals("Exemples concrets de la polarisation", microsoft.section());
    assertEquals(7, microsoft.page());
    Passage opening = find("big-data-ia-plateformes-travail", "Après l’explosion de la bulle Internet");
    assertEquals(1, opening.page());
    assertEquals(0, opening.start());
    Passage emplois = find("cgt-numerique-services-publics", "la destruction de millions d’emplois.");
    assertEquals(2, emplois.page());
  }

  private static Passage find(String slug, String words) {
    return passages.entrySet().stream().filter(e -> e.getKey().slug().equals(slug))
        .flatMap(e -> e.getValue().stream()).filter(p -> p.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage of " + slug + " with « " + words + " »"));
  }

  private static List<String> blockTexts(String file) {
    return repaired.entrySet().stream().filter(e -> e.getKey().file().getFileName().toString().equals(file))
        .flatMap(e -> e.getValue().blocks().stream()).map(Block::text).toList();
  }

  @Test
  void aParagraphCrossingAPageSkipsTheNotesAtItsFoot() {
    List<String> cnr = blockTexts("cnr-transitions-numeriques-travail-2023.txt");
    assertTrue(cnr.stream().anyMatch(t -> t.contains("des acteurs de l’accompagnement des TPE-PME. La crise COVID et le plan "
        + "de relance allaient permettre d’accélérer certaines actions.")));
    assertTrue(cnr.stream().anyMatch(t -> t.contains("dans son rappel d’activité annuel 2021 une hausse importante des "
        + "demandes d’assistance en ligne")));
    for (String note : List.of("37 CONSEIL NATIONAL DU NUMÉRIQUE", "110 ANSSI", "120 ARCEP", "5 FEVAD", "84 Cette recommandation",
        "91 FERGUSON", "116 CONSEIL NATIONAL DE L’INDUSTRIE")) {
      assertTrue(cnr.stream().noneMatch(t -> t.contains(note)), note);
    }
  }

  @Test
  void noWordLosesTheHyphenTheDocumentGivesIt() {
    for (DocumentIngester.Repaired r : repaired.values()) {
      assertTrue(!r.text().contains("maind’œuvre"), "maind’œuvre");
    }
  }
}
