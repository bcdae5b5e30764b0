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
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The acronyms and synonyms of the domain, read from an editable file in Solr's synonym format
 * ({@code cse, comité social et économique} or {@code badgeuse => pointage}) and applied to
 * queries only, so editing the file never needs a rebuild of the index.
 */
public final class Synonyms {
  private Synonyms() {}

  /** An empty map: no expansion. */
  public static SynonymMap none() {
    try {
      return new SynonymMap.Builder(true).build();
    } catch (IOException e) {
      throw new IllegalStateException("building an empty synonym map reads nothing", e);
    }
  }

  /**
   * Parses {@code path}: one synonym file, or a lexicon folder whose {@code *.txt} files are read
   * in name order as one list of rules. A malformed line fails with the file name and line number.
   */
  public static SynonymMap read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> listing = Files.list(path)) {
        listing.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).sorted()
            .forEach(files::add);
      }
    } else {
      files.add(path);
    }
    StringBuilder analysed = new StringBuilder();
    try (Analyzer words = new FrenchLegalAnalyzer()) {
      for (Path file : files) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          try {
            analysed.append(analyseRule(words, lines.get(i))).append('\n');
          } catch (IOException e) {
            throw new IOException(file + ", line " + (i + 1) + ": " + e.getMessage(), e);
          }
        }
      }
    }
    try {
      return build(analysed.toString());
    } catch (ParseException e) {
      throw new IOException(path + ": synonym line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses synonym rules in Solr's format. Each entry is first analysed like indexed text (stop
   * words dropped, words stemmed), so that rules apply at the end of the query chain and their
   * multi-word expansions are clean phrases without holes.
   */
  public static SynonymMap parse(Reader rules) throws IOException, ParseException {
    StringBuilder analysed = new StringBuilder();
    try (Analyzer words = new FrenchLegalAnalyzer();
        BufferedReader lines = new BufferedReader(rules)) {
      for (String line; (line = lines.readLine()) != null; ) {
        analysed.append(analyseRule(words, line)).append('\n');
      }
    }
    return build(analysed.toString());
  }

  /** The map of rules already analysed, one a line. */
  private static SynonymMap build(String analysedRules) throws IOException, ParseException {
    try (Analyzer whitespace = new WhitespaceAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, whitespace);
      parser.parse(new StringReader(analysedRules));
      return parser.build();
    }
  }

  /** "Comité social et économique, CSE" becomes "comit social econom, cse"; comments become "". */
  static String analyseRule(Analyzer words, String line) throws IOException {
    int comment = line.indexOf('#');
    String rule = (comment < 0 ? line : line.substring(0, comment)).strip();
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
      StringBuilder entries = new StringBuilder();
      for (String entry : sides[side].split(",")) {
        String terms = String.join(" ", Terms.of(words, entry));
        if (!terms.isEmpty()) {
          entries.append(entries.length() == 0 ? "" : ", ").append(terms);
        }
      }
      out.append(entries);
    }
    String result = out.toString();
    // A rule left with one side empty (only stop words) expands nothing.
    return result.startsWith(" =>") || result.endsWith("=> ") ? "" : result;
  }
}
