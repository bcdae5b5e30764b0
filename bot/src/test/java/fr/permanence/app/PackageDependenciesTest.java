package fr.permanence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages depend one way: no cycle among the packages of both modules, and the layers of
 * {@code index} in their order (text, corpus, then analysis, ingestion and the Code du travail,
 * then search, then the assembled sources and moderation); the shared utilities ({@code files},
 * {@code sql}) under everything; in {@code bot}, a core that never names the adapters, the
 * composition root or the command line, and adapters that do not use one another. Dependencies
 * are read from the main sources: imports and fully qualified names of the project's classes.
 */
class PackageDependenciesTest {
  private static final List<Path> SOURCES = List.of(Path.of("..", "index", "src", "main", "java"),
      Path.of("src", "main", "java"));
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  /** A reference to a class of the project: lowercase package segments, then a capitalised name. */
  private static final Pattern REFERENCE = Pattern.compile("\\bfr\\.permanence\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

  /** Packages that must not use the others listed: the lower layers of {@code index}, and {@code bot} above ingestion. */
  private static final Map<String, Set<String>> FORBIDDEN = Map.of(
      "text", Set.of("corpus", "analysis", "ingest", "ingest.pdf", "legi", "search", "sources", "moderation"),
      "corpus", Set.of("analysis", "ingest", "ingest.pdf", "legi", "search", "sources", "moderation"),
      "ingest", Set.of("legi", "search", "sources", "moderation"),
      "ingest.pdf", Set.of("legi", "search", "sources", "moderation"),
      "legi", Set.of("ingest", "ingest.pdf", "search", "sources", "moderation"),
      "search", Set.of("ingest", "ingest.pdf", "legi", "sources", "moderation"));
  /** Packages of {@code bot}: they reach the corpus through sources and moderation, never through ingestion. */
  private static final Set<String> BELOW_BOT = Set.of("ingest", "ingest.pdf");
  /** The shared utilities under everything: file handling, then SQL (which writes its SQLite files through it). */
  private static final Map<String, Set<String>> UTILITIES = Map.of("files", Set.of(), "sql", Set.of("files"));
  /** The chat adapters, the composition root, the command line and the benchmarks: the outer ring of {@code bot}. */
  private static final Set<String> OUTER = Set.of("discord", "matrix", "console", "app", "cli", "bench");
  /** The core of {@code bot}: tested without any platform, it never names the outer ring. */
  private static final Set<String> CORE = Set.of("answer", "conversation", "llm", "log", "report");
  /** Adapters only translate between a platform and the core: none uses another. */
  private static final Set<String> ADAPTERS = Set.of("discord", "matrix", "console");

  @Test
  void packagesHaveNoCycle() throws IOException {
    Map<String, Set<String>> graph = dependencies();
    assertTrue(graph.size() > 20, "both modules were read: " + graph.keySet());
    assertEquals(List.of(), cycles(graph), "package cycles");
  }

  @Test
  void indexLayersAndBotDependOneWay() throws IOException {
    Map<String, Set<String>> graph = dependencies();
    List<String> wrong = new ArrayList<>();
    FORBIDDEN.forEach((from, targets) -> graph.getOrDefault(from, Set.of()).stream()
        .filter(targets::contains).forEach(to -> wrong.add(from + " → " + to)));
    Set<String> botPackages = packagesOf(SOURCES.get(1));
    for (String from : botPackages) {
      graph.getOrDefault(from, Set.of()).stream().filter(BELOW_BOT::contains)
          .forEach(to -> wrong.add(from + " → " + to));
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void utilitiesCoreAndAdaptersDependOneWay() throws IOException {
    Map<String, Set<String>> graph = dependencies();
    assertTrue(graph.keySet().containsAll(UTILITIES.keySet()) && graph.keySet().containsAll(CORE)
        && graph.keySet().containsAll(OUTER), "every package named here exists: " + graph.keySet());
    assertEquals(List.of(), violations(graph));
  }

  @Test
  void aCoreClassNamingAnAdapterWouldBeReported() {
    Map<String, Set<String>> graph = Map.of("files", Set.of("corpus"), "log", Set.of("sql", "app"),
        "matrix", Set.of("conversation", "console"), "report", Set.of("log"));
    assertEquals(List.of("files → corpus", "log → app", "matrix → console"), violations(graph));
  }

  /** The dependencies of {@code graph} that break the utilities', the core's or the adapters' rule, sorted. */
  private static List<String> violations(Map<String, Set<String>> graph) {
    List<String> wrong = new ArrayList<>();
    graph.forEach((from, uses) -> {
      for (String to : uses) {
        boolean broken = UTILITIES.containsKey(from) && !UTILITIES.get(from).contains(to)
            || CORE.contains(from) && OUTER.contains(to)
            || ADAPTERS.contains(from) && ADAPTERS.contains(to);
        if (broken) {
          wrong.add(from + " → " + to);
        }
      }
    });
    wrong.sort(null);
    return wrong;
  }

  /** Package (without "fr.permanence.") → the project's packages it uses. */
  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Path root : SOURCES) {
      for (Path file : javaFiles(root)) {
        String source = Files.readString(file);
        Matcher declared = PACKAGE.matcher(source);
        assertTrue(declared.find(), file + " declares its package");
        String from = declared.group(1).replaceFirst("^fr\\.permanence\\.", "");
        Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher reference = REFERENCE.matcher(source);
        while (reference.find()) {
          if (!reference.group(1).equals(from)) {
            uses.add(reference.group(1));
          }
        }
      }
    }
    return graph;
  }

  private static Set<String> packagesOf(Path root) throws IOException {
    Set<String> packages = new TreeSet<>();
    for (Path file : javaFiles(root)) {
      Matcher declared = PACKAGE.matcher(Files.readString(file));
      if (declared.find()) {
        packages.add(declared.group(1).replaceFirst("^fr\\.permanence\\.", ""));
      }
    }
    return packages;
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Each cycle as the packages on it, found by a depth-first search from every package. */
  private static List<List<String>> cycles(Map<String, Set<String>> graph) {
    List<List<String>> cycles = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String start : graph.keySet()) {
      search(start, graph, new ArrayList<>(), done, cycles);
    }
    return cycles;
  }

  private static void search(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done,
      List<List<String>> cycles) {
    int onPath = path.indexOf(node);
    if (onPath >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
      cycle.add(node);
      cycles.add(cycle);
      return;
    }
    if (done.contains(node)) {
      return;
    }
    path.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      search(next, graph, path, done, cycles);
    }
    path.remove(path.size() - 1);
    done.add(node);
  }
}
