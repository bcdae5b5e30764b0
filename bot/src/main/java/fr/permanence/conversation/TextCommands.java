package fr.permanence.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads commands typed as text ("!question …", "!corpus retirer guide"), for platforms without
 * slash commands and for mentions. Accents and case are ignored in command words.
 */
public final class TextCommands {
  /**
   * A parsed command.
   *
   * @param command what is asked
   * @param text what follows the command words
   * @param options named options ("unknown" holds an unknown command word)
   */
  public record Parsed(Command command, String text, Map<String, String> options) {}

  private TextCommands() {}

  /**
   * Parses {@code message}. A message starting with {@code prefix} is a command; any other message
   * is a question when {@code addressed} (a mention, a direct message), else nothing.
   */
  public static Optional<Parsed> parse(String message, String prefix, boolean addressed) {
    String m = message.strip();
    if (!m.startsWith(prefix) || m.length() == prefix.length()) {
      return addressed && !m.isEmpty() ? Optional.of(new Parsed(Command.ASK, m, Map.of())) : Optional.empty();
    }
    String[] words = m.substring(prefix.length()).strip().split("\\s+", 3);
    String first = fold(words[0]);
    String second = words.length > 1 ? fold(words[1]) : "";
    String afterFirst = m.substring(prefix.length()).strip().substring(words[0].length()).strip();
    String afterSecond = words.length > 2 ? words[2].strip() : "";
    return Optional.of(switch (first) {
      case "question", "q", "ask" -> new Parsed(Command.ASK, afterFirst, Map.of());
      case "article", "art" -> new Parsed(Command.ARTICLE, afterFirst, Map.of());
      case "passage", "voir" -> new Parsed(Command.PASSAGE, afterFirst, Map.of());
      case "aide", "help" -> new Parsed(Command.HELP, "", Map.of());
      case "oubli", "oublier" -> new Parsed(Command.FORGET, "", Map.of());
      case "formateurs", "formateur", "formatrices" -> switch (second) {
        case "resume" -> new Parsed(Command.SUMMARY, afterSecond, Map.of());
        case "rapport" -> new Parsed(Command.REPORT, afterSecond, Map.of());
        default -> unknown(words[0] + " " + (words.length > 1 ? words[1] : ""));
      };
      case "corpus" -> switch (second) {
        case "liste" -> new Parsed(Command.CORPUS_LIST, afterSecond, Map.of());
        case "ajouter" -> new Parsed(Command.CORPUS_ADD, afterSecond, Map.of());
        case "remplacer" -> new Parsed(Command.CORPUS_REPLACE, afterSecond, Map.of());
        case "retirer" -> new Parsed(Command.CORPUS_REMOVE, afterSecond, Map.of());
        case "reconstruire" -> new Parsed(Command.CORPUS_REBUILD, afterSecond, Map.of());
        case "etat" -> new Parsed(Command.CORPUS_STATUS, afterSecond, Map.of());
        default -> unknown(words[0] + " " + (words.length > 1 ? words[1] : ""));
      };
      default -> unknown(words[0]);
    });
  }

  private static Parsed unknown(String words) {
    return new Parsed(Command.HELP, "", Map.of("unknown", words.strip()));
  }

  private static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
