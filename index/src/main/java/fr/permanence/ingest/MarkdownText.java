package fr.permanence.ingest;

import org.commonmark.node.AbstractVisitor;
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
 */
public final class MarkdownText {
  private MarkdownText() {}

  /** The text of {@code markdown}, sent as {@code fileName}, in the corpus convention. */
  public static String toText(String markdown, String fileName) {
    return toText(markdown);
  }

  /** The text of {@code markdown}, in the corpus convention (see {@link PlainText#normalize}). */
  public static String toText(String markdown) {
    Node document = Parser.builder().build().parse(markdown);
    TextCollector collector = new TextCollector();
    document.accept(collector);
    return PlainText.normalize(collector.out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n");
  }

  /** Collects the words of the document, ending each leaf block with an empty line. */
  private static final class TextCollector extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append('\n');
    }

    @Override
    public void visit(HtmlInline htmlInline) {
      // Raw inline HTML is markup, not words.
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
      // Raw HTML blocks are markup, not words.
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      endBlock();
    }

    @Override
    public void visit(FencedCodeBlock code) {
      out.append(code.getLiteral());
      endBlock();
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      out.append(code.getLiteral());
      endBlock();
    }

    @Override
    public void visit(ListItem item) {
      out.append("• ");
      visitChildren(item);
    }

    @Override
    protected void visitChildren(Node parent) {
      super.visitChildren(parent);
      if (parent instanceof Block && !(parent instanceof ListItem) && parent.getFirstChild() != null
          && !(parent.getFirstChild() instanceof Block)) {
        endBlock(); // a leaf block (paragraph, heading) ends here
      }
    }

    private void endBlock() {
      out.append("\n\n");
    }
  }
}
