package fr.permanence.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits extracted text into lines with their page numbers. The extraction marks the first
 * line of each PDF page with one leading space; any other line starts flush left.
 */
final class PageReader {
  private PageReader() {}

  static List<SourceLine> lines(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    String[] rows = text.split("\r?\n|\r", -1);
    List<SourceLine> lines = new ArrayList<>(rows.length);
    int page = 1;
    boolean first = true;
    for (String row : rows) {
      String line = TextRepair.ligatures(row.replace('\f', ' '));
      boolean pageStart = line.length() > 1 && line.charAt(0) == ' ' && line.charAt(1) != ' ';
      if (pageStart && !first) {
        page++;
      }
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        first = false;
      }
      lines.add(new SourceLine(page, stripped, stripped.isEmpty()));
    }
    return lines;
  }
}
