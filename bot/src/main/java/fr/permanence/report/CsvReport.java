package fr.permanence.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The review as one CSV table for a spreadsheet: one row per item, a {@code section} column
 * saying what the row is. Members' words are whole and verbatim, except that a cell a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP CSV injection).
 */
final class CsvReport {
  static final List<String> HEADER = List.of(
      "section", "rang", "date", "nombre", "membres", "libelle", "exemple_2", "exemple_3", "sources",
      "pouces_haut", "pouces_bas", "detail");
  private static final CsvMapper MAPPER = new CsvMapper();

  private final Review review;
  private final List<List<String>> rows = new ArrayList<>();

  CsvReport(Review review) {
    this.review = review;
  }

  String render() {
    rows.add(HEADER);
    row("synthese", 0, Texts.day(review.from(), review.zone()), review.total(), review.members(),
        Texts.period(review), "", "", "", review.up(), review.down(),
        review.answered() + " avec réponse; délai médian " + review.medianLatencyMicros() + " µs");
    for (Review.Volume v : review.volume()) {
      row("volume", 0, v.start().toString(), v.total(), 0, review.weekly() ? "semaine" : "jour", "", "", "", 0, 0,
          v.answered() + " avec réponse, " + v.unanswered() + " sans réponse");
    }
    groups("recurrente", review.recurring());
    groups("sans_reponse", review.unanswered());
    int rank = 1;
    for (Review.RatedAnswer a : review.badlyRated()) {
      row("mal_notee", rank++, a.at().toString(), 1, 0, a.question(), "", "", String.join(" ; ", a.passages()),
          a.up(), a.down(), String.join(" | ", a.reasons()));
    }
    tallies("document", review.documents());
    tallies("article", review.articles());
    try {
      return MAPPER.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV writing of plain strings failed", e);
    }
  }

  private void groups(String section, List<QuestionGroup> groups) {
    int rank = 1;
    for (QuestionGroup g : groups) {
      List<String> ex = g.examples();
      String sources = String.join(" ; ", g.passages().stream().map(p -> p.label() + " (" + p.count() + ")").toList());
      row(section, rank++, "", g.count(), g.members(), ex.getFirst(), ex.size() > 1 ? ex.get(1) : "",
          ex.size() > 2 ? ex.get(2) : "", sources, g.up(), g.down(), "");
    }
  }

  private void tallies(String section, List<Tally> tallies) {
    int rank = 1;
    for (Tally t : tallies) {
      row(section, rank++, "", t.count(), 0, t.label(), "", "", t.key(), 0, 0, "");
    }
  }

  private void row(String section, int rank, String date, int count, int members, String label, String ex2,
      String ex3, String sources, int up, int down, String detail) {
    rows.add(List.of(section, Integer.toString(rank), date, Integer.toString(count), Integer.toString(members),
        cell(label), cell(ex2), cell(ex3), cell(sources), Integer.toString(up), Integer.toString(down), cell(detail)));
  }

  /** Verbatim, but never a formula for a spreadsheet. */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
