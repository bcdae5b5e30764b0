package fr.permanence.legi;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an article's {@code texteHtml}: tags dropped, entities decoded, one line per
 * paragraph or line break, table cells separated by " | ", spaces collapsed, empty lines dropped.
 */
public final class LegiHtml {
  /** Elements that start and end a line of text. */
  private static final Set<String> LINE_ELEMENTS =
      Set.of("p", "div", "br", "tr", "table", "tbody", "thead", "center", "li", "ul", "ol", "h1", "h2", "h3",
          "h4", "h5", "h6", "blockquote");
  /** Elements whose content is one cell of a table row. */
  private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");
  private static final String CELL_SEPARATOR = " | ";
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]+");

  private LegiHtml() {}

  /** The plain text of {@code html}, one line per paragraph. */
  public static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder raw = new StringBuilder(html.length());
    Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
      /** Depth of table cells around the current node: inside one, line breaks are spaces. */
      private int cells;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          raw.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
        } else if (node instanceof Element element) {
          String tag = element.normalName();
          if (CELL_ELEMENTS.contains(tag)) {
            if (element.elementSiblingIndex() > 0) {
              raw.append(CELL_SEPARATOR);
            }
            cells++;
          } else if (LINE_ELEMENTS.contains(tag)) {
            raw.append(cells > 0 ? ' ' : '\n');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          String tag = element.normalName();
          if (CELL_ELEMENTS.contains(tag)) {
            cells--;
          } else if (LINE_ELEMENTS.contains(tag)) {
            raw.append(cells > 0 ? ' ' : '\n');
          }
        }
      }
    });
    StringBuilder text = new StringBuilder(raw.length());
    for (String line : raw.toString().split("\n")) {
      String clean = SPACES.matcher(line).replaceAll(" ").strip();
      if (!clean.isEmpty() && !clean.equals(CELL_SEPARATOR.strip())) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(clean);
      }
    }
    return text.toString();
  }
}
