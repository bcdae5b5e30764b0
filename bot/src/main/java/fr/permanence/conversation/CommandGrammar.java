package fr.permanence.conversation;

import fr.permanence.analysis.LegalReferences;
import fr.permanence.search.SmallTalk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French command grammar of every platform that reads typed text: Matrix's {@code !…}
 * messages, Discord mentions and direct messages, the console. Command names come from
 * {@link Command#fromFrench}; accents and case are ignored in command words.
 *
 * <p>A message starting with the platform's prefix ({@code !}, {@code /}) is a command, and an
 * unknown command word gets help. A message addressed to the bot without the prefix (a mention,
 * a direct message, a console line) is read as a command only when it reads as nothing else —
 * the command words alone ("aide", "corpus liste"), "article" before an article number, "voir"
 * before a passage id, a vote 👍/👎 — and is otherwise a question: "aide au retour à l'emploi ?"
 * is a question, "aide" is the help.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommandGrammar {
  /** A vote: thumbs up or down, any skin tone, with or without the emoji presentation selector. */
  private static final Pattern VOTE = Pattern.compile(
      "^(?:(?:(👍)|(👎))[\\x{1F3FB}-\\x{1F3FF}\\x{FE0F}]*|(?:(\\+1)|(-1))(?=\\s|$))[\\s\\p{P}]*");
  /** {@code --titre Mon guide}: a named option of a corpus command, up to the next one. */
  private static final Pattern OPTION = Pattern.compile("(?:^|\\s)--(\\p{L}+)(?:=|\\s+|$)");
  /** A word, or a quoted part ("…", '…', « … ») standing apart, which an apostrophe does not start. */
  private static final Pattern WORD = Pattern.compile(
      "(?<!\\S)\"([^\"]*)\"(?!\\S)|(?<!\\S)'([^']*)'(?!\\S)|(?<!\\S)«\\s*([^»]*?)\\s*»(?!\\S)|(\\S+)");
  /** Commands that take named options. */
  private static final Set<Command> WITH_OPTIONS = EnumSet.of(Command.CORPUS_ADD, Command.CORPUS_REPLACE);
  /** Commands that take no text: bare, they are only themselves, alone on the line. */
  private static final Set<Command> NO_TEXT = EnumSet.of(Command.HELP, Command.FORGET, Command.SUMMARY,
      Command.REPORT, Command.CORPUS_LIST, Command.CORPUS_HISTORY, Command.CORPUS_REBUILD, Command.CORPUS_STATUS);

  private CommandGrammar() {}

  /**
   * Reads {@code message}. A message starting with {@code prefix} is a command; any other is
   * read without the prefix when {@code addressed} (a mention, a direct message, the console),
   * else it is nothing (chatter between members).
   *
   * @param prefix what commands start with on the platform ("!", "/")
   */
  public static Optional<ParsedCommand> parse(String message, String prefix, boolean addressed) {
    String m = message == null ? "" : message.strip();
    if (!prefix.isEmpty() && m.startsWith(prefix)) {
      String rest = m.substring(prefix.length()).strip();
      return rest.isEmpty() ? Optional.empty() : Optional.of(prefixed(rest));
    }
    if (!addressed || m.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(bare(m));
  }

  /** A command typed after the prefix: the words name a command, or the member gets help. */
  private static ParsedCommand prefixed(String m) {
    Optional<ParsedCommand> vote = vote(m);
    if (vote.isPresent()) {
      return vote.get();
    }
    String[] words = m.split("\\s+", 3);
    if (Command.isGroup(words[0])) {
      String two = words[0] + (words.length > 1 ? " " + words[1] : "");
      return Command.fromFrench(two)
          .map(c -> read(c, words.length > 2 ? words[2] : ""))
          .orElseGet(() -> unknown(two));
    }
    String rest = m.substring(words[0].length());
    return Command.fromFrench(words[0]).map(c -> read(c, rest)).orElseGet(() -> unknown(words[0]));
  }

  /** A message without the prefix: a command only when it cannot be anything else, else a question. */
  private static ParsedCommand bare(String m) {
    Optional<ParsedCommand> vote = vote(m);
    if (vote.isPresent()) {
      return vote.get();
    }
    // Thanks are acknowledged; other small talk (a greeting, "ça va ?", "t'es un robot ?") asks
    // nothing of the texts and gets the help, which says what the bot does.
    if (SmallTalk.isThanks(m)) {
      return new ParsedCommand(Command.THANKS, "", Map.of());
    }
    if (SmallTalk.isSmallTalk(m)) {
      return new ParsedCommand(Command.HELP, "", Map.of());
    }
    String[] words = m.split("\\s+", 3);
    Optional<Command> command;
    String rest;
    if (Command.isGroup(words[0]) && words.length > 1) {
      command = Command.fromFrench(words[0] + " " + words[1]);
      rest = words.length > 2 ? words[2] : "";
    } else {
      command = Command.fromFrench(words[0]);
      rest = m.substring(words[0].length()).strip();
    }
    if (command.isPresent() && readsAsCommand(command.get(), rest)) {
      return read(command.get(), rest);
    }
    return new ParsedCommand(Command.ASK, m, Map.of());
  }

  /** Whether a bare command with {@code rest} after its words is that command, not a question. */
  private static boolean readsAsCommand(Command command, String rest) {
    String text = rest.replaceAll("^[\\s\\p{P}]+|[\\s\\p{P}]+$", "");
    return switch (command) {
      case ASK, FEEDBACK, GAP_HANDLED, CORPUS_ADD, CORPUS_REPLACE, CORPUS_REMOVE, CORPUS_RESTORE -> true;
      case ARTICLE -> LegalReferences.REFERENCE.matcher(rest.strip()).lookingAt();
      case PASSAGE -> text.matches("\\S+#\\S+");
      case THANKS -> false; // read by SmallTalk, with its variants
      default -> NO_TEXT.contains(command) && text.isEmpty();
    };
  }

  private static ParsedCommand read(Command command, String rest) {
    if (command == Command.FEEDBACK) {
      return vote(rest.strip()).orElseGet(() -> new ParsedCommand(Command.FEEDBACK, rest, Map.of()));
    }
    if (NO_TEXT.contains(command)) {
      return new ParsedCommand(command, "", Map.of());
    }
    if (!WITH_OPTIONS.contains(command)) {
      return new ParsedCommand(command, rest, Map.of());
    }
    Map<String, String> options = new HashMap<>();
    Matcher o = OPTION.matcher(rest);
    String text = rest;
    String name = null;
    int valueStart = 0;
    while (o.find()) {
      if (name == null) {
        text = rest.substring(0, o.start());
      } else {
        options.put(name, unquoted(rest.substring(valueStart, o.start())));
      }
      name = Command.fold(o.group(1));
      valueStart = o.end();
    }
    if (name != null) {
      options.put(name, unquoted(rest.substring(valueStart)));
    }
    return new ParsedCommand(command, text, options);
  }

  /** A vote at the start of {@code m}: "👎 hors sujet" is a down vote with its reason. */
  private static Optional<ParsedCommand> vote(String m) {
    Matcher v = VOTE.matcher(m);
    if (!v.find()) {
      return Optional.empty();
    }
    Map<String, String> options = new HashMap<>();
    options.put("vote", v.group(1) != null || v.group(3) != null ? "up" : "down");
    String reason = m.substring(v.end()).strip();
    if (!reason.isEmpty()) {
      options.put("raison", reason);
    }
    return Optional.of(new ParsedCommand(Command.FEEDBACK, "", options));
  }

  private static ParsedCommand unknown(String words) {
    return new ParsedCommand(Command.HELP, "", Map.of("unknown", words.strip()));
  }

  /** {@code text}'s words; a quoted part ("…", '…', « … ») is one word, without its quotes. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      for (int g = 1; g <= 4; g++) {
        if (w.group(g) != null) {
          words.add(w.group(g));
          break;
        }
      }
    }
    return words;
  }

  private static String unquoted(String value) {
    List<String> words = words(value.strip());
    return words.size() == 1 ? words.get(0) : value.strip();
  }
}
