package fr.permanence.legi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Plain text of an article's {@code texteHtml}: tags dropped, entities decoded, one line per
 * paragraph or line break, spaces collapsed, empty lines dropped. A table row reads as one line
 * of cells separated by " | " when it is short (a grid of figures or labels); a longer row, whose
 * cells are lists in disguise (R2312-9's contents of the BDESE), keeps each cell's own lines, one
 * cell after the other, so that its "a)" and "1°" items stay items instead of one flattened line.
 */
public final class LegiHtml {
  /** Elements that start and end a line of text. */
  private static final Set<String> LINE_ELEMENTS =
      Set.of("p", "div", "br", "tr", "table", "tbody", "thead", "center", "li", "ul", "ol", "h1", "h2", "h3",
          "h4", "h5", "h6", "blockquote");
  /** Elements whose content is one cell of a table row. */
  private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");
  private static final String CELL_SEPARATOR = " | ";
  /**
   * Longest row, in words, written on one line: a row of a grid (L1235-3's "Ancienneté du
   * salarié… | Indemnité minimale… | Indemnité maximale…" has 19) reads across, a row longer than
   * a sentence or two reads down.
   */
  private static final int ONE_LINE_ROW_WORDS = 40;
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]+");

  private LegiHtml() {}

  /** The plain text of {@code html}, one line per paragraph. */
  public static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder raw = new StringBuilder(html.length());
    write(Jsoup.parseBodyFragment(html).body(), raw);
    return cleanLines(raw.toString());
  }

  /** Appends the text of {@code node}'s children, a newline around every line element. */
  private static void write(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
      } else if (child instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("tr")) {
          out.append('\n').append(row(element)).append('\n');
        } else if (LINE_ELEMENTS.contains(tag)) {
          out.append('\n');
          write(element, out);
          out.append('\n');
        } else {
          write(element, out);
        }
      }
    }
  }

  /** One table row: its cells on one line when short, else each cell's lines in turn. */
  private static String row(Element tr) {
    List<String> cells = new ArrayList<>();
    for (Element cell : tr.children()) {
      if (CELL_ELEMENTS.contains(cell.normalName())) {
        StringBuilder text = new StringBuilder();
        write(cell, text);
        String clean = cleanLines(text.toString());
        if (!clean.isEmpty()) {
          cells.add(clean);
        }
      }
    }
    int words = cells.stream().mapToInt(c -> c.split("\\s+").length).sum();
    if (words <= ONE_LINE_ROW_WORDS) {
      return String.join(CELL_SEPARATOR, cells.stream().map(c -> c.replace('\n', ' ')).toList());
    }
    return String.join("\n", cells);
  }

  /** Lines with spaces collapsed, empty ones dropped. */
  private static String cleanLines(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    for (String line : raw.split("\n")) {
      String clean = SPACES.matcher(line).replaceAll(" ").strip();
      if (!clean.isEmpty()) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(clean);
      }
    }
    return text.toString();
  }
}
