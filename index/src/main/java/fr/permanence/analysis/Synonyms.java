package fr.permanence.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The acronyms and synonyms of the domain, read from an editable file in Solr's synonym format
 * ({@code cse, comité social et économique} or {@code badgeuse => pointage}) and applied to
 * queries only, so editing the file never needs a rebuild of the index. An entry's word written in
 * capitals is an acronym ({@link AcronymSpellings}): its rules fire only where a question writes
 * that acronym, not on the words that share its stem.
 *
 * <p>Immutable; thread-safe.
 */
public final class Synonyms {
  /** Whether a lowercase acronym is a French word: the dictionary, read on the first such question. */
  private static final Predicate<String> FRENCH_WORD = word -> FrenchDictionary.get().isWord(word);

  private final SynonymMap rules;
  private final AcronymSpellings acronyms;

  private Synonyms(SynonymMap rules, AcronymSpellings acronyms) {
    this.rules = rules;
    this.acronyms = acronyms;
  }

  /** No rule: no expansion. */
  public static Synonyms none() {
    try {
      return new Synonyms(new SynonymMap.Builder(true).build(), AcronymSpellings.none());
    } catch (IOException e) {
      throw new IllegalStateException("building an empty synonym map reads nothing", e);
    }
  }

  /** Whether there is no rule to apply (a lexicon of comments only). */
  public boolean isEmpty() {
    return rules.fst == null;
  }

  /** The rules, on analysed terms (see {@link RuleReader}). */
  SynonymMap rules() {
    return rules;
  }

  /** The acronyms of the rules. */
  AcronymSpellings acronyms() {
    return acronyms;
  }

  /**
   * Parses {@code path}: one synonym file, or a lexicon folder whose {@code *.txt} files are read
   * in name order as one list of rules. A malformed line fails with the file name and line number.
   */
  public static Synonyms read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> listing = Files.list(path)) {
        listing.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).sorted()
            .forEach(files::add);
      }
    } else {
      files.add(path);
    }
    List<RuleFile> ruleFiles = new ArrayList<>();
    for (Path file : files) {
      ruleFiles.add(new RuleFile(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
    }
    try {
      return of(ruleFiles);
    } catch (ParseException e) {
      throw new IOException(path + ": synonym line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses synonym rules in Solr's format. Each entry is first analysed like indexed text (stop
   * words dropped, words stemmed), so that rules apply at the end of the query chain and their
   * multi-word expansions are clean phrases without holes. A malformed line fails with its number.
   */
  public static Synonyms parse(Reader rules) throws IOException, ParseException {
    List<String> lines;
    try (BufferedReader reader = new BufferedReader(rules)) {
      lines = reader.lines().toList();
    }
    return of(List.of(new RuleFile("synonym rules", lines)));
  }

  /** The lines of one file of rules, and the name its errors give. */
  private record RuleFile(String name, List<String> lines) {}

  /** The rules of {@code files}, read in order as one list: each line analysed, then built. */
  private static Synonyms of(List<RuleFile> files) throws IOException, ParseException {
    AcronymSpellings acronyms = acronyms(files.stream().flatMap(f -> f.lines().stream()).toList());
    StringBuilder analysed = new StringBuilder();
    try (RuleReader reader = new RuleReader(acronyms)) {
      for (RuleFile file : files) {
        for (int i = 0; i < file.lines().size(); i++) {
          try {
            analysed.append(reader.analyse(file.lines().get(i))).append('\n');
          } catch (IOException e) {
            throw new IOException(file.name() + ", line " + (i + 1) + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return new Synonyms(build(analysed.toString()), acronyms);
  }

  /** The acronyms of the rules {@code lines}. */
  private static AcronymSpellings acronyms(List<String> lines) {
    try (Analyzer index = new FrenchLegalAnalyzer()) {
      return AcronymSpellings.of(lines.stream().map(Synonyms::rule).toList(), index, FRENCH_WORD);
    }
  }

  /** The map of rules already analysed, one a line. */
  private static SynonymMap build(String analysedRules) throws IOException, ParseException {
    try (Analyzer whitespace = new WhitespaceAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, whitespace);
      parser.parse(new StringReader(analysedRules));
      return parser.build();
    }
  }

  /** {@code line} without its comment, stripped. */
  private static String rule(String line) {
    int comment = line.indexOf('#');
    return (comment < 0 ? line : line.substring(0, comment)).strip();
  }

  /**
   * Reads the rules: "Comité social et économique, CSE" becomes "comit social econom, cse";
   * comments become "". A word sharing an acronym's stem is marked apart from it
   * ({@link SharedStemMarks}); an entry with an acronym's letters in lowercase ("à mon insu",
   * "cse") is read both as that acronym and as a word, so that it fires on the question's word
   * whichever it is.
   */
  private static final class RuleReader implements AutoCloseable {
    private final AcronymSpellings acronyms;
    private final Analyzer asAcronyms;
    private final Analyzer asWords;

    RuleReader(AcronymSpellings acronyms) {
      this.acronyms = acronyms;
      this.asAcronyms = new FrenchLegalAnalyzer(acronyms.inRules(false));
      this.asWords = new FrenchLegalAnalyzer(acronyms.inRules(true));
    }

    String analyse(String line) throws IOException {
      String rule = rule(line);
      if (rule.isEmpty()) {
        return "";
      }
      String[] sides = rule.split("=>", -1);
      if (sides.length > 2) {
        throw new IOException("more than one \"=>\" in synonym rule: " + line);
      }
      StringBuilder out = new StringBuilder();
      for (int side = 0; side < sides.length; side++) {
        if (side == 1) {
          out.append(" => ");
        }
        List<String> entries = new ArrayList<>();
        for (String entry : sides[side].split(",")) {
          String terms = String.join(" ", Terms.of(asAcronyms, entry));
          if (!terms.isEmpty()) {
            entries.add(terms);
          }
          // Only what a rule matches needs both readings: its output loses its marks anyway.
          if (side == 0 && acronyms.hasLowercaseLetters(entry)) {
            String asWord = String.join(" ", Terms.of(asWords, entry));
            if (!asWord.equals(terms) && !asWord.isEmpty()) {
              entries.add(asWord);
            }
          }
        }
        out.append(String.join(", ", entries));
      }
      String result = out.toString();
      // A rule left with one side empty (only stop words) expands nothing.
      return result.startsWith(" =>") || result.endsWith("=> ") ? "" : result;
    }

    @Override
    public void close() {
      asAcronyms.close();
      asWords.close();
    }
  }
}
