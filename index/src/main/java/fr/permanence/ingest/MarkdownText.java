package fr.permanence.ingest;

import fr.permanence.corpus.RejectedDocumentException;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns Markdown into the plain text the ingester reads: markup removed (emphasis, link targets,
 * raw HTML), links keep their words and images their description; headings, paragraphs and list
 * items each become one block, separated by empty lines.
 *
 * <p>Hostile nesting is refused before parsing: a document whose quotes or lists go deeper than
 * {@link #MAX_NESTING} levels costs the parser time quadratic in its depth. The tree is then
 * walked without recursion, so no depth can overflow the stack.
 */
public final class MarkdownText {
  /**
   * Deepest nesting of quotes and lists accepted. Real documents stay under ten levels; the
   * limit leaves room for any of them and keeps parsing linear in practice.
   */
  public static final int MAX_NESTING = 100;
  /** Columns of indentation counted as one level of list nesting (CommonMark's usual step). */
  private static final int COLUMNS_PER_LEVEL = 2;
  /** A tab advances to the next multiple of four columns (CommonMark, 2.2). */
  private static final int TAB_STOP = 4;

  private MarkdownText() {}

  /**
   * The text of {@code markdown}, sent as {@code fileName}, in the corpus convention.
   *
   * @throws RejectedDocumentException (French, naming the limit) when it nests too deep
   */
  public static String toText(String markdown, String fileName) {
    int depth = nesting(markdown);
    if (depth > MAX_NESTING) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » imbrique des citations ou des listes sur "
          + depth + " niveaux, au-delà de la limite de " + MAX_NESTING + " : ce n'est pas un document à citer. "
          + "Envoyez le texte sans cette imbrication.");
    }
    Node document = Parser.builder().build().parse(markdown);
    TextCollector collector = new TextCollector();
    collector.walk(document);
    return PlainText.normalize(collector.out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n");
  }

  /**
   * The deepest nesting a line of {@code markdown} opens: its quote and list markers ({@code >},
   * {@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) plus its indentation before the first
   * of them, in levels. An over-estimate for ordinary text ("* * *" counts three), which stays
   * far below the limit anyway.
   */
  static int nesting(String markdown) {
    int deepest = 0;
    int depth = 0;
    int columns = 0;
    boolean atStart = true;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\n' || c == '\r') {
        deepest = Math.max(deepest, depth + columns / COLUMNS_PER_LEVEL);
        depth = 0;
        columns = 0;
        atStart = true;
        continue;
      }
      if (!atStart) {
        continue;
      }
      if (c == ' ' || c == '\t') {
        if (depth == 0) { // indentation inside quotes or after a marker does not nest further
          columns += c == ' ' ? 1 : TAB_STOP - columns % TAB_STOP;
        }
      } else if (c == '>') {
        depth++;
      } else if ((c == '-' || c == '*' || c == '+') && followedBySpace(markdown, i)) {
        depth++;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < markdown.length() && j - i < 9 && Character.isDigit(markdown.charAt(j))) {
          j++;
        }
        if (j < markdown.length() && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')')
            && followedBySpace(markdown, j)) {
          depth++;
          i = j;
        } else {
          atStart = false;
        }
      } else {
        atStart = false;
      }
    }
    return Math.max(deepest, depth + columns / COLUMNS_PER_LEVEL);
  }

  private static boolean followedBySpace(String text, int i) {
    return i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t'
        || text.charAt(i + 1) == '\n';
  }

  /** Collects the words of the document, ending each leaf block with an empty line; walks without recursion. */
  private static final class TextCollector {
    private final StringBuilder out = new StringBuilder();

    /** Depth-first over the tree with parent links instead of the call stack. */
    void walk(Node root) {
      Node node = root;
      while (true) {
        enter(node);
        if (node.getFirstChild() != null) {
          node = node.getFirstChild();
          continue;
        }
        while (node != root && node.getNext() == null) {
          node = node.getParent();
          leave(node);
        }
        if (node == root) {
          return;
        }
        node = node.getNext();
      }
    }

    private void enter(Node node) {
      if (node instanceof Text text) {
        out.append(text.getLiteral());
      } else if (node instanceof Code code) {
        out.append(code.getLiteral());
      } else if (node instanceof SoftLineBreak) {
        out.append(' ');
      } else if (node instanceof HardLineBreak) {
        out.append('\n');
      } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
        // Raw HTML is markup, not words.
      } else if (node instanceof ThematicBreak) {
        endBlock();
      } else if (node instanceof FencedCodeBlock code) {
        out.append(code.getLiteral());
        endBlock();
      } else if (node instanceof IndentedCodeBlock code) {
        out.append(code.getLiteral());
        endBlock();
      } else if (node instanceof ListItem) {
        out.append("• ");
      }
    }

    /** After the children of {@code parent}: a leaf block (paragraph, heading) ends here. */
    private void leave(Node parent) {
      if (parent instanceof Block && !(parent instanceof ListItem) && parent.getFirstChild() != null
          && !(parent.getFirstChild() instanceof Block)) {
        endBlock();
      }
    }

    private void endBlock() {
      out.append("\n\n");
    }
  }
}
