package fr.permanence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.permanence.log.LogConfig;
import fr.permanence.log.LogUnavailableException;
import fr.permanence.log.QuestionLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    assertEquals(20, review.total());
    assertEquals(11, review.answered());
    assertEquals(15, review.members());
    assertEquals(1, review.up());
    assertEquals(2, review.down());
    assertFalse(review.weekly());
    assertEquals(31, review.volume().size());
    assertEquals(20, review.volume().stream().mapToInt(Review.Volume::total).sum());
  }

  @Test
  void everyQuestionGetsThemesAnOutcomeAndFlags() {
    Map<String, QuestionEntry> byText = new HashMap<>();
    review.entries().forEach(e -> byText.put(e.question().text(), e));
    assertEquals(List.of("CSE et expertise", "Code du travail : Comité social et économique"),
        byText.get("Combien d'heures de délégation pour un élu CSE ?").themes());
    assertEquals(List.of("IA et nouvelles technologies", "Licenciement"),
        byText.get("Mon patron peut-il me licencier avec une IA ?").themes());
    assertEquals(QuestionEntry.Outcome.NOISE, byText.get("clear").outcome());
    assertEquals(QuestionEntry.Outcome.NOISE, byText.get("👎 hors sujet, ça ne parle pas de mon cas").outcome());
    assertEquals(QuestionEntry.Outcome.NOISE, byText.get(ReportFixture.HUGE).outcome());
    assertEquals(Set.of(Flag.WEAK),
        byText.get("Mon employeur peut-il imposer le télétravail cinq jours par semaine ?").flags());
    assertEquals(Set.of(Flag.REPHRASED), byText.get("Mon employeur peut-il lire mes mails professionnels ?").flags());
    assertEquals(Set.of(), byText.get("L'employeur a-t-il le droit de lire mes mails perso au travail ?").flags());
    assertEquals(Set.of(Flag.THUMBS_DOWN), byText.get("Qui paie la formation des élus ?").flags());
    assertEquals(List.of("Guide du numérique — Le télétravail et ses outils"),
        byText.get("Mon employeur peut-il imposer le télétravail cinq jours par semaine ?").sources());
    assertEquals(4, review.flagged());
  }

  @Test
  void themesAreCountedWithTheirTrend() {
    Map<String, Review.ThemeCount> themes = new HashMap<>();
    review.themes().forEach(t -> themes.put(t.theme(), t));
    assertEquals(new Review.ThemeCount("CSE et expertise", 8, 0, 0, 2), themes.get("CSE et expertise"));
    assertEquals("nouveau", themes.get("CSE et expertise").trend());
    Review.ThemeCount conges = themes.get("Congés");
    assertEquals(1, conges.count());
    assertEquals(2, conges.previous());
    assertEquals("\u22121", conges.trend());
    assertEquals(3, themes.get("Licenciement").unanswered());
  }

  @Test
  void gapsLeaveNoiseOutAndGroupByThemeAndWording() {
    List<String> labels = review.gaps().stream().map(g -> g.theme() + " / " + g.group().label() + " / " + g.group().count()).toList();
    assertEquals(List.of("IA et nouvelles technologies / Mon patron peut-il me licencier avec une IA ? / 3",
        "Télétravail / Congé paternité et télétravail ? / 1",
        "Sans thème / " + ReportFixture.NASTY_RTL + " / 1"), labels);
    assertFalse(labels.stream().anyMatch(l -> l.contains("clear") || l.contains("hors sujet")));
  }

  @Test
  void gapsAreAskedAgainAgainstTodaysIndexAndCanBeMarkedHandled() {
    LogConfig config = LogConfig.sqlite(data);
    try (QuestionLog log = QuestionLog.open(config, config.options())) {
      assertTrue(log.markGapHandled(review.gaps().getFirst().id(), "Fiche « IA et licenciement » ajoutée au corpus"));
    }
    Reasker today = q -> q.toLowerCase(Locale.ROOT).contains("licencier")
        ? Optional.of(List.of("Guide IA — Licenciement et algorithmes")) : Optional.empty();
    Review again = new ReportGenerator(config, today, Clock.fixed(ReportFixture.NOW, ZoneOffset.UTC),
        ReportFixture.PARIS).review("30d");
    Review.Gap first = again.handledGaps().getFirst();
    assertEquals(review.gaps().getFirst().id(), first.id());
    assertEquals(review.gaps().size(), again.gaps().size());
    assertFalse(again.openGaps().contains(first), "shown apart");
    assertEquals("Fiche « IA et licenciement » ajoutée au corpus", first.handledNote());
    assertEquals(1, first.answeredNow()); // its two wordings have the same words: asked once
    assertEquals(List.of("Guide IA — Licenciement et algorithmes"), first.nowSources());
    String html = ReportGenerator.render(again, ReportFormat.HTML);
    assertTrue(html.contains("Répondue maintenant (1 formulation) : Guide IA — Licenciement et algorithmes"), html);
    assertTrue(html.contains("<p>Traité le "), html);
    assertTrue(html.contains("<section id=\"handled\" class=\"groups gap\">\n<h2>Sujets traités</h2>"), html);
    assertFalse(html.substring(html.indexOf("<section id=\"unanswered\""), html.indexOf("<section id=\"handled\""))
        .contains(first.id()), "the handled subject is not among the open ones");
    String md = ReportGenerator.render(again, ReportFormat.MD);
    assertTrue(md.contains("\n## Sujets traités\n\n- « Mon patron peut-il me licencier avec une IA ? » (3 ×, sujet "
        + first.id() + ") — traité le "), md);
    assertTrue(md.contains(" : « Fiche « IA et licenciement » ajoutée au corpus »\n"), md);
    String chat = ReportGenerator.render(again, ReportFormat.CHAT);
    assertTrue(chat.contains("\nSans réponse (sujets à documenter) :\n1. « Congé paternité et télétravail ? » (1 fois,"
        + " g-0b9aac82)\n"), chat);
    assertTrue(chat.contains("Déjà traités : 1 (voir le rapport).\n"), chat);
  }

  @Test
  void markdownIsReadable() {
    String md = ReportGenerator.render(review, ReportFormat.MD);
    assertTrue(md.contains("« Mon patron peut-il me licencier avec une IA ? »"), md);
    assertFalse(md.contains("peut\\-il"));
    assertTrue(md.contains("« '); DROP TABLE question; -- \\<script\\>alert('x')\\</script\\> »"), md);
    assertTrue(md.contains("« \u2068\u202Eegassem\u202C \u200Fdroite\u2069 »"), "RTL isolated");
    String volume = md.substring(md.indexOf("## Questions par jour"), md.indexOf("## Thèmes"));
    long days = review.volume().stream().filter(v -> v.total() > 0).count();
    assertEquals(days + 2, volume.lines().filter(l -> l.startsWith("|")).count(), "only days with questions: " + volume);
    assertFalse(md.contains("<script>"));
    assertFalse(md.contains("\u0000"));
  }

  @Test
  void csvHasOneRowPerQuestion() throws Exception {
    String csv = ReportGenerator.render(review, ReportFormat.CSV);
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      rows = it.readAll();
    }
    assertEquals(CsvReport.HEADER, List.of(rows.getFirst()));
    assertEquals(21, rows.size());
    String[] weak = rows.stream().filter(r -> r[10].contains("cinq jours")).findFirst().orElseThrow();
    assertEquals("matrix", weak[2]);
    assertTrue(weak[3].matches("m-[0-9a-f]{16}"));
    assertEquals("Télétravail", weak[4]);
    assertEquals("correspondance faible", weak[8]);
    assertEquals("Le guide dit : « Le télétravail… »", weak[11]);
    assertTrue(rows.stream().anyMatch(r -> r[10].equals(ReportFixture.NASTY_RTL)));
    assertTrue(rows.stream().anyMatch(r -> r[12].equals(ReportFixture.NASTY_CONTROLS)));
    assertEquals("'=1+1", CsvReport.cell("=1+1"));
  }

  @Test
  void chatSummaryIsShortFrenchAndHasNoNeedlessBidiMarks() {
    String chat = ReportGenerator.render(review, ReportFormat.CHAT);
    assertTrue(chat.length() <= ChatSummary.MAX_CHARS, chat.length() + " chars");
    assertTrue(chat.contains("\nSans réponse (sujets à documenter) :\n1. « Mon patron peut-il me licencier avec une IA ? »"
        + " (3 fois, g-2d53ea36)\n2. « Congé paternité et télétravail ? » (1 fois, g-0b9aac82)\n"), chat);
    assertFalse(chat.contains(ReportFixture.HUGE.strip()));
  }

  @Test
  void longPeriodsAreCountedPerWeekAndBadInputIsExplainedInFrench() {
    Review year = ReportFixture.generator(data).review("1y");
    assertTrue(year.weekly());
    assertEquals(23, year.total());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ReportFixture.generator(data).review("hier"));
    assertTrue(bad.getMessage().startsWith("Période « hier » incomprise"), bad.getMessage());
    LogUnavailableException none = assertThrows(LogUnavailableException.class,
        () -> ReportFixture.generator(data.resolve("vide")).review("30d"));
    assertTrue(none.getMessage().startsWith("Aucun journal de questions dans"), none.getMessage());
  }
}
