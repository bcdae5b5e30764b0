package fr.permanence.lexicon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Converts the synonym data of npm {@code @socialgouv/cdtn-elasticsearch} (the search engine of
 * code.travail.gouv.fr) into synonym files in Solr's format, one rule a line, for
 * {@link fr.permanence.analysis.Synonyms}:
 *
 * <ul>
 *   <li>{@code cdtn_synonyms.json}, 166 rules written by the CDTN team ({@code "congés payés, cp"}):
 *       kept as equivalences. CDTN's rules that map to a made-up token of its own analysis
 *       ({@code "comité d'entreprise, ce => c_e"}) become plain equivalences of their left side,
 *       since no indexed text holds that token;</li>
 *   <li>{@code TESS.json}, the social-affairs thesaurus: each entry with an {@code equivalent}
 *       (a non-preferred term pointing at the preferred {@code term}) becomes an equivalence, as
 *       CDTN itself uses them. TESS glues several equivalents into one string
 *       ({@code "AES Exposition au sang"}); they are split where a capitalised word starts a new
 *       name (see {@link #splitEquivalents}).</li>
 * </ul>
 *
 * Abbreviations are written in capitals ({@code CP}, {@code CA}, {@code CE}) when they are the
 * initials of another entry of the rule: the analysis keeps a capitalised acronym even when its
 * lowercase form is a French stop word ("ça", "ce"). Stateless and thread-safe.
 */
public final class CdtnLexicon {
  /** Entries of the package's archive. */
  static final String SYNONYMS_ENTRY = "package/src/dataset/synonyms/cdtn_synonyms.json";
  static final String THESAURUS_ENTRY = "package/src/dataset/synonyms/TESS.json";
  static final String MANIFEST_ENTRY = "package/package.json";
  /** File names written, in the lexicon folder. */
  public static final String SYNONYMS_FILE = "cdtn-synonyms.txt";
  public static final String THESAURUS_FILE = "tess.txt";
  /**
   * Longest equivalent kept, in words: TESS sometimes holds a definition in that field ("La
   * garantie mensuelle de rémunération a été instituée, lors du passage aux 35 heures, …"), and its
   * longest real names have about fifteen words.
   */
  private static final int MAX_ENTRY_WORDS = 16;
  /** Words that join a name to a capitalised word inside it ("Conseil d'État", "Afrique du Sud"). */
  private static final Set<String> LINKS = Set.of("de", "du", "des", "la", "le", "les", "et", "à", "a", "au", "aux",
      "en", "pour", "sur", "l", "d");
  private static final Pattern ARTIFICIAL_TOKEN = Pattern.compile("[\\p{L}\\d]+(?:_[\\p{L}\\d]+)+");

  /** The tar stream holds every entry: reading one must not close it. */
  private final ObjectMapper mapper = new ObjectMapper(
      JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());

  /** What a conversion wrote. */
  public record Report(String version, int synonymRules, int thesaurusRules) {
    public String summary() {
      return "cdtn-elasticsearch " + version + " : " + synonymRules + " règles CDTN, " + thesaurusRules
          + " équivalences TESS.";
    }
  }

  /**
   * Reads the package {@code tgz} (from {@code npm pack @socialgouv/cdtn-elasticsearch}) and writes
   * {@link #SYNONYMS_FILE} and {@link #THESAURUS_FILE} into {@code folder}.
   */
  public Report convert(Path tgz, Path folder, String date) throws IOException {
    JsonNode synonyms = null;
    JsonNode thesaurus = null;
    String version = "?";
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(tgz));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        switch (entry.getName()) {
          case SYNONYMS_ENTRY -> synonyms = mapper.readTree(tar);
          case THESAURUS_ENTRY -> thesaurus = mapper.readTree(tar);
          case MANIFEST_ENTRY -> version = mapper.readTree(tar).path("version").asText("?");
          default -> { }
        }
      }
    }
    if (synonyms == null || thesaurus == null) {
      throw new IOException(tgz + " n'est pas le paquet @socialgouv/cdtn-elasticsearch : il y manque "
          + (synonyms == null ? SYNONYMS_ENTRY : THESAURUS_ENTRY));
    }
    List<String> cdtn = synonymRules(synonyms);
    List<String> tess = thesaurusRules(thesaurus);
    String source = "npm @socialgouv/cdtn-elasticsearch " + version + " (Apache-2.0), ";
    write(folder.resolve(SYNONYMS_FILE), header(source + "src/dataset/synonyms/cdtn_synonyms.json", date), cdtn);
    write(folder.resolve(THESAURUS_FILE), header(source + "src/dataset/synonyms/TESS.json (equivalent)", date), tess);
    return new Report(version, cdtn.size(), tess.size());
  }

  private static List<String> header(String source, String date) {
    return List.of(
        "# Generated by fr.permanence.lexicon.CdtnLexicon (./permanence lexicon import-cdtn PAQUET.tgz): do not edit.",
        "# Source: " + source + ", converted on " + date + ".",
        "# Solr synonym format; see corpus/lexicon/README.md.");
  }

  /** Replaces {@code file} in one step: the index reads these files, and must never see half of one. */
  private static void write(Path file, List<String> header, List<String> rules) throws IOException {
    List<String> lines = new ArrayList<>(header);
    lines.addAll(rules);
    AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
  }

  /** CDTN's rules ({@code ["congés payés, cp", …]}) as synonym lines, in the package's order, without repeats. */
  public static List<String> synonymRules(JsonNode rules) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode rule : rules) {
      String text = rule.asText().strip();
      String[] sides = text.split("=>", -1);
      List<String> left = entries(sides[0]);
      if (sides.length == 2) {
        List<String> right = entries(sides[1]);
        if (right.stream().allMatch(e -> ARTIFICIAL_TOKEN.matcher(e).matches())) {
          // "covid, covid 19 => covid_19": the target is CDTN's own token; the left side stays equivalent.
          addRule(out, left, List.of());
        } else {
          addRule(out, left, right);
        }
      } else {
        addRule(out, left, List.of());
      }
    }
    return new ArrayList<>(out);
  }

  /** TESS's equivalences ({@code {"term": "AVC", "equivalent": "Accident vasculaire cérébral"}}) as synonym lines. */
  public static List<String> thesaurusRules(JsonNode thesaurus) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode entry : thesaurus) {
      String term = clean(entry.path("term").asText(""));
      String equivalent = entry.path("equivalent").asText("").strip();
      // CDTN skips numeric equivalents (page numbers of the printed thesaurus), and so do we.
      if (term.isEmpty() || equivalent.isEmpty() || Character.isDigit(equivalent.charAt(0))) {
        continue;
      }
      List<String> entries = new ArrayList<>();
      entries.add(term);
      for (String e : splitEquivalents(equivalent)) {
        String c = clean(e);
        if (!c.isEmpty() && !c.endsWith(".") && c.split(" ").length <= MAX_ENTRY_WORDS) {
          entries.add(c);
        }
      }
      if (entries.size() > 1) {
        addRule(out, entries, List.of());
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * TESS's equivalents glued into one string, split into names: a new name starts at a capitalised
   * word that follows a lowercase word other than a link word, or at an acronym, or after one.
   * "Maladie de longue durée ALD" gives "Maladie de longue durée" and "ALD"; "Conseil de
   * prud'homme Conseil de prud'hommes" two names; "République d'Afrique du Sud" stays whole.
   */
  static List<String> splitEquivalents(String glued) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = null;
    for (String word : glued.strip().split("\\s+")) {
      boolean starts = previous != null && Character.isUpperCase(word.charAt(0))
          && (isAcronym(word) || isAcronym(previous)
              || (Character.isLowerCase(previous.charAt(0)) && !LINKS.contains(previous.toLowerCase(Locale.ROOT))
                  && !previous.endsWith("'") && !previous.endsWith("-")));
      if (starts) {
        names.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() == 0 ? "" : " ").append(word);
      previous = word;
    }
    if (current.length() > 0) {
      names.add(current.toString());
    }
    return names;
  }

  private static boolean isAcronym(String word) {
    long letters = word.chars().filter(Character::isLetter).count();
    return letters >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** One side of a CDTN rule: its comma-separated entries; "accre/acre" names two. */
  private static List<String> entries(String side) {
    List<String> out = new ArrayList<>();
    for (String e : side.split(",")) {
      for (String part : e.contains("/") && !e.strip().contains(" ") ? e.split("/") : new String[] {e}) {
        String c = clean(part);
        if (!c.isEmpty()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** An entry fit for a rule line: no separators of the format (commas, "=>", "#"), one space between words. */
  private static String clean(String entry) {
    return entry.replace("=>", " ").replaceAll("[,#\\\\]", " ").replaceAll("\\s+", " ").strip();
  }

  /** Writes {@code left} (and {@code right} when a one-way rule), abbreviations in capitals. */
  private static void addRule(Set<String> out, List<String> left, List<String> right) {
    List<String> all = new ArrayList<>(left);
    all.addAll(right);
    List<String> l = left.stream().map(e -> caseOf(e, all)).distinct().toList();
    if (right.isEmpty()) {
      if (l.size() > 1) {
        out.add(String.join(", ", l));
      }
    } else if (!l.isEmpty()) {
      out.add(String.join(", ", l) + " => " + String.join(", ", right.stream().map(e -> caseOf(e, all)).toList()));
    }
  }

  /**
   * {@code entry} in capitals when it is one word made of the initials of another entry of the
   * rule ("cp" for "congés payés", "ca" for "chiffre d'affaires"), otherwise in lowercase: TESS's
   * capitals (on every preferred term) say nothing about acronyms.
   */
  static String caseOf(String entry, List<String> rule) {
    String lower = entry.toLowerCase(Locale.ROOT);
    if (!lower.contains(" ") && lower.length() >= 2 && lower.chars().allMatch(Character::isLetter)) {
      for (String other : rule) {
        if (!other.equalsIgnoreCase(entry) && initialsOf(lower, other.toLowerCase(Locale.ROOT))) {
          return entry.toUpperCase(Locale.ROOT);
        }
      }
    }
    return isAcronym(entry) ? entry : lower;
  }

  /** Whether the letters of {@code abbreviation} are, in order, first letters of words of {@code name}. */
  private static boolean initialsOf(String abbreviation, String name) {
    String[] words = name.split("[\\s'’-]+");
    if (words.length < 2) {
      return false;
    }
    int i = 0;
    for (String word : words) {
      if (i < abbreviation.length() && !word.isEmpty() && stripAccent(word.charAt(0)) == abbreviation.charAt(i)) {
        i++;
      }
    }
    return i == abbreviation.length();
  }

  private static char stripAccent(char c) {
    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
  }

}
