package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher runs the bot in UTF-8 whatever the locale, as cron, ssh and systemd often have none. */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "permanence").toAbsolutePath().normalize();

  @TempDir Path data;

  @Test
  void withoutAUtf8LocaleEmojiArgumentsAndAccentedOutputSurvive() throws Exception {
    Result result = launch(List.of("--data", data.toString(), "feedback", "999", "👍"), "C");

    // 👍 was understood (a mangled "????" would be "Avis « ???? » incompris", status 2): only the number is unknown.
    assertEquals(1, result.status(), result.output());
    assertTrue(result.output().contains("Réponse n° 999 introuvable dans le journal"), result.output());
  }

  private record Result(int status, String output) {}

  /** {@code ./permanence args} with {@code LC_ALL=locale}, on the classes under test. */
  private static Result launch(List<String> args, String locale) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add("bash");
    builder.command().add(LAUNCHER.toString());
    builder.command().addAll(args);
    Map<String, String> env = builder.environment();
    env.remove("LANG");
    env.remove("LC_CTYPE");
    env.put("LC_ALL", locale);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("PERMANENCE_CLASSPATH", System.getProperty("java.class.path"));
    Process process = builder.redirectErrorStream(true).start();
    try (AutoCloseable reaper = process::destroyForcibly) {
      byte[] output = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
