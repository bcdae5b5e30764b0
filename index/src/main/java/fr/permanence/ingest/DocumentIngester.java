package fr.permanence.ingest;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceDocument;
import fr.permanence.corpus.UnreadableDocumentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Reads one text document of the corpus and cuts it into repaired, located passages.
 *
 * <p>Thread-safe: stateless; each call makes its own splitter.
 */
public final class DocumentIngester {
  /** Version of the repair and splitting rules; part of the index fingerprint. */
  public static final String VERSION = "ingest-10";

  /** The repaired text of a document and its blocks. */
  public record Repaired(String text, List<Block> blocks) {}

  /** Repairs {@code raw}, the text extracted from a PDF or written by hand. */
  public static Repaired repair(String raw) {
    List<Block> blocks = TableRows.mark(new ParagraphBuilder(PageReader.lines(raw)).blocks());
    return new Repaired(ParagraphBuilder.joined(blocks), blocks);
  }

  /** The passages of {@code document}; fails with the file's name when it cannot be read as UTF-8 text. */
  public List<Passage> passages(SourceDocument document) {
    String raw = read(document);
    Repaired repaired = repair(raw);
    return new PassageSplitter(document).split(repaired.text(), repaired.blocks());
  }

  private static String read(SourceDocument document) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(document.file());
    } catch (IOException e) {
      throw new UnreadableDocumentException(document.file(), e);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException(document.file(), "not UTF-8 text (" + e.getMessage() + ")");
    }
  }
}
