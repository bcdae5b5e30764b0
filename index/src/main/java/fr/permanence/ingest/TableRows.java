package fr.permanence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rows of a table that the extraction wrote as short unpunctuated lines, one row per
 * paragraph, which would otherwise pass for headings and leave the passages' text: Numeum's
 * annexes have two-column tables ("Standardisation des processus Intensification du travail et
 * perte d'autonomie"), the second cell starting with a capital right after the first cell's last
 * word. Such rows become paragraphs, their cells separated by " | " (the words are unchanged).
 *
 * <p>A table is a run of at least {@link #MIN_ROWS} would-be headings on one page, each with a
 * cell boundary: a capitalised word ("Intensification") right after a word ending in a small
 * letter ("processus"). A title has at most one such pair now and then ("Jean-Noël Barrot"); three
 * headings in a row each with one are rows. The first row is the table's header and gives the
 * number of columns: later rows are cut at no more boundaries than it has ("Compression des postes
 * en France" keeps its France).
 */
final class TableRows {
  /** Fewest rows taken for a table: a header and two rows. */
  static final int MIN_ROWS = 3;
  /** A word ending in a small letter, a space, then a capitalised word: where a cell may start. */
  private static final Pattern CELL_BOUNDARY = Pattern.compile("(?<=\\p{Ll}) (?=\\p{Lu}\\p{Ll})");
  private static final String CELL_SEPARATOR = " | ";

  private TableRows() {}

  /** {@code blocks} with table rows turned into paragraphs, offsets laid out again. */
  static List<Block> mark(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    int i = 0;
    while (i < blocks.size()) {
      int end = i;
      while (end < blocks.size() && blocks.get(end).heading() && blocks.get(end).page() == blocks.get(i).page()
          && boundaries(blocks.get(end).text()) > 0) {
        end++;
      }
      if (end - i >= MIN_ROWS) {
        int columns = boundaries(blocks.get(i).text()) + 1;
        for (int j = i; j < end; j++) {
          Block row = blocks.get(j);
          out.add(new Block(false, row.page(), cells(row.text(), columns), 0));
        }
        i = end;
      } else {
        out.add(blocks.get(i));
        i++;
      }
    }
    return layOut(out);
  }

  private static int boundaries(String text) {
    int n = 0;
    Matcher m = CELL_BOUNDARY.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** {@code row} with its first {@code columns - 1} cell boundaries written as separators. */
  static String cells(String row, int columns) {
    StringBuilder out = new StringBuilder(row.length() + 8);
    Matcher m = CELL_BOUNDARY.matcher(row);
    int last = 0;
    int cuts = 0;
    while (cuts < columns - 1 && m.find()) {
      out.append(row, last, m.start()).append(CELL_SEPARATOR);
      last = m.end();
      cuts++;
    }
    return out.append(row.substring(last)).toString();
  }

  /** The blocks with their offsets in the joined text (blocks separated by an empty line). */
  private static List<Block> layOut(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    int offset = 0;
    for (Block b : blocks) {
      out.add(new Block(b.heading(), b.page(), b.text(), offset));
      offset += b.text().length() + 2;
    }
    return out;
  }
}
