package fr.permanence.ingest;

import fr.permanence.corpus.RejectedDocumentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an uploaded text file and writes it in the corpus convention: UTF-8, every line flush
 * left (a leading space would mark a new page), long lines wrapped so that the ingester can tell
 * paragraphs (separated by an empty line) from wrapped lines.
 */
public final class PlainText {
  /** Lines longer than this are wrapped: about the width of a printed page column. */
  static final int WRAP_OVER = 100;
  /** The width wrapped lines are cut to. */
  static final int WRAP_WIDTH = 78;
  /** A text with fewer letters than this has nothing to quote. */
  static final int MIN_LETTERS = 40;

  private PlainText() {}

  /** Decodes {@code bytes} as UTF-8 text; refuses binary files and other encodings with a French message. */
  public static String decode(byte[] bytes, String fileName) {
    if (bytes.length == 0) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » est vide.");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new RejectedDocumentException(fileName, "« " + fileName + " » n'est pas un fichier texte "
            + "(il contient des données binaires) : envoyez le document d'origine (PDF) ou un vrai .txt.");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » n'est pas encodé en UTF-8 "
          + "(ou n'est pas du texte) : enregistrez-le en « Texte UTF-8 » puis renvoyez-le.", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.chars().filter(Character::isLetter).count() < MIN_LETTERS) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » ne contient presque pas de "
          + "texte : il n'y a rien à citer.");
    }
    return text;
  }

  /** {@code text} in the corpus convention: lines flush left, long lines wrapped, one page. */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder();
    String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
    if (unified.endsWith("\n")) {
      unified = unified.substring(0, unified.length() - 1); // the last line's break, added back below
    }
    for (String line : unified.split("\n", -1)) {
      for (String part : wrap(line.strip())) {
        out.append(part).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code line} cut between words into lines of at most {@link #WRAP_WIDTH} when it is over {@link #WRAP_OVER}. */
  static List<String> wrap(String line) {
    if (line.length() <= WRAP_OVER) {
      return List.of(line);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" +")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > WRAP_WIDTH) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    if (current.length() > 0) {
      lines.add(current.toString());
    }
    return lines;
  }
}
