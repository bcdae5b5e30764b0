package fr.permanence.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The review as one CSV table for a spreadsheet: one row per question of the period,
 * pseudonymous (the member's pseudonym, never an id or a name). Members' words are whole and
 * verbatim, except that a cell a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe (OWASP CSV injection).
 */
final class CsvReport {
  static final List<String> HEADER = List.of(
      "numero", "date", "plateforme", "membre", "themes", "issue", "pouces_haut", "pouces_bas", "signalements",
      "sources", "question", "reponse", "raisons");
  private static final CsvMapper MAPPER = new CsvMapper();

  private final Review review;

  CsvReport(Review review) {
    this.review = review;
  }

  String render() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (QuestionEntry e : review.entries()) {
      LoggedQuestion q = e.question();
      rows.add(List.of(Long.toString(q.id()), q.at().atZone(review.zone()).toOffsetDateTime().toString(), cell(q.platform()),
          q.asker(), cell(String.join(" ; ", e.themes())), e.outcome().label(), Integer.toString(q.up()),
          Integer.toString(q.down()), String.join(" ; ", e.flags().stream().sorted().map(Flag::label).toList()),
          cell(String.join(" ; ", e.sources())), cell(q.text()), cell(q.answer()), cell(String.join(" | ", q.reasons()))));
    }
    try {
      return MAPPER.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV writing of plain strings failed", e);
    }
  }

  /** Verbatim, but never a formula for a spreadsheet. */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
