package fr.permanence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.permanence.log.LogUnavailableException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGeneratorTest {
  @TempDir Path data;
  private Review review;

  @BeforeEach
  void fill() {
    ReportFixture.fill(data);
    review = ReportFixture.generator(data).review("30d");
  }

  @Test
  void countsThePeriod() {
    assertEquals(14, review.total());
    assertEquals(8, review.answered());
    assertEquals(12, review.members());
    assertEquals(1, review.up());
    assertEquals(2, review.down());
    assertEquals(33, review.satisfactionPercent());
    assertFalse(review.weekly());
    assertEquals(31, review.volume().size());
    assertEquals(new Review.Volume(LocalDate.parse("2026-03-12"), 2, 0), review.volume().get(27));
    assertEquals(new Review.Volume(LocalDate.parse("2026-03-15"), 1, 4), review.volume().get(30));
    assertEquals(14, review.volume().stream().mapToInt(Review.Volume::total).sum());
  }

  @Test
  void groupsRecurringAndUnansweredQuestions() {
    assertEquals(List.of(5, 2), review.recurring().stream().map(QuestionGroup::count).toList());
    QuestionGroup delegation = review.recurring().getFirst();
    // "combien d heures de delegation pour un elu du cse" has the same words as the first: not repeated.
    assertEquals(List.of("Combien d'heures de délégation pour un élu CSE ?",
        "Heures de délégation d'un élu CSE suppléant, combien ?", "Mon crédit d'heures de délégué ?"),
        delegation.examples());
    assertEquals(5, delegation.members());
    assertEquals(List.of(new Tally("cdt#L2315-7", "Code du travail, L. 2315-7", 5),
        new Tally("guide-cse#p12-ab34", "Guide du CSE (guide-cse#p12-ab34)", 2)), delegation.passages());
    assertEquals(100, delegation.satisfactionPercent());
    assertEquals(0, review.recurring().get(1).satisfactionPercent());

    assertEquals(List.of(3, 1, 1, 1), review.unanswered().stream().map(QuestionGroup::count).toList());
    assertEquals("Mon patron peut-il me licencier avec une IA ?", review.unanswered().getFirst().label());
    assertEquals(4, review.unansweredGroups());

    assertEquals(2, review.badlyRated().size());
    assertEquals(List.of("Ne parle pas du CPF"), review.badlyRated().stream()
        .filter(a -> a.question().startsWith("Qui paie")).findFirst().orElseThrow().reasons());
    assertEquals(List.of(new Tally("cdt", "Code du travail", 7), new Tally("guide-cse", "Guide du CSE", 3)),
        review.documents());
    assertEquals(List.of(new Tally("L2315-7", "L. 2315-7", 5), new Tally("L2315-16", "L. 2315-16", 2)),
        review.articles());
  }

  @Test
  void markdownEscapesAndIsolatesMembersWords() {
    String md = ReportGenerator.render(review, ReportFormat.MD);
    assertTrue(md.startsWith("# Bilan des questions à la permanence\n\ndu 13 février 2026 au 15 mars 2026\n\n"
        + "- 14 questions, 57 % avec réponse\n- 12 membres\n- 33 % satisfaits (1 👍, 2 👎)\n"), md);
    assertTrue(md.contains("1\\. **5 ×** « \u2068Combien d'heures de délégation pour un élu CSE ?\u2069 »"), md);
    assertTrue(md.contains("- « \u2068'\\); DROP TABLE question; \\-\\- \\<script\\>alert\\('x'\\)\\</script\\>\u2069 »"
        + " — 1 👎 (15 mars 2026 10:59, extractive)\n"), md);
    assertTrue(md.contains("  - raison : « \u2068bell␇ nul␀ esc␛\\[31m c1U\\+0085 fin\u2069 »\n"), md);
    assertFalse(md.contains("<script>"));
    assertFalse(md.contains("\u0000"));
  }

  @Test
  void csvKeepsMembersWordsWholeAndVerbatim() throws Exception {
    String csv = ReportGenerator.render(review, ReportFormat.CSV);
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      rows = it.readAll();
    }
    assertEquals(CsvReport.HEADER, List.of(rows.getFirst()));
    String[] gap = rows.stream().filter(r -> r[0].equals("sans_reponse") && r[1].equals("1")).findFirst().orElseThrow();
    assertEquals("3", gap[3]);
    assertTrue(rows.stream().anyMatch(r -> r[5].equals(ReportFixture.HUGE.strip())));
    assertTrue(rows.stream().anyMatch(r -> r[5].equals(ReportFixture.NASTY_RTL)));
    assertTrue(rows.stream().anyMatch(r -> r[11].equals(ReportFixture.NASTY_CONTROLS)));
    assertTrue(rows.stream().anyMatch(r -> r[5].equals(ReportFixture.NASTY_SQL)));
    assertEquals("'=1+1", CsvReport.cell("=1+1"));
  }

  @Test
  void chatSummaryIsShortFrenchAndHarmless() {
    String chat = ReportGenerator.render(review, ReportFormat.CHAT);
    assertTrue(chat.length() <= ChatSummary.MAX_CHARS, chat.length() + " chars");
    assertTrue(chat.startsWith("Bilan du 13 février 2026 au 15 mars 2026 : 14 questions, 57 % avec réponse,"
        + " 12 membres, 33 % satisfaits (1 👍, 2 👎).\n\nQuestions fréquentes :\n"
        + "1. « \u2068Combien d'heures de délégation pour un élu CSE ?\u2069 » (5 fois)\n"), chat);
    assertTrue(chat.contains("Sans réponse (sujets à documenter) :\n"
        + "1. « \u2068Mon patron peut-il me licencier avec une IA ?\u2069 » (3 fois)\n"), chat);
    assertTrue(chat.contains("Les plus cités : Code du travail (7), Guide du CSE (3) ; articles L. 2315-7 (5),"
        + " L. 2315-16 (2)."), chat);
    assertFalse(chat.contains(ReportFixture.HUGE.strip()));
  }

  @Test
  void longPeriodsAreCountedPerWeekAndBadInputIsExplainedInFrench() {
    Review year = ReportFixture.generator(data).review("1y");
    assertTrue(year.weekly());
    assertEquals(15, year.total());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ReportFixture.generator(data).review("hier"));
    assertTrue(bad.getMessage().startsWith("Période « hier » incomprise"), bad.getMessage());
    LogUnavailableException none = assertThrows(LogUnavailableException.class,
        () -> ReportFixture.generator(data.resolve("vide")).review("30d"));
    assertTrue(none.getMessage().startsWith("Aucun journal de questions dans"), none.getMessage());
  }
}
