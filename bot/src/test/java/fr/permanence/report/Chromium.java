package fr.permanence.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, run on a local file with no network, no profile, no extras. */
final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  /** A cold start on a loaded 2-core machine takes a few seconds; a minute means it hung. */
  private static final long TIMEOUT_SECONDS = 60;

  private final Path profile;

  Chromium(Path profile) {
    this.profile = profile;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /** The DOM after scripts and the tasks they queued ran, with a {@code width,height} window. */
  String dumpDom(Path html, int width, int height) throws IOException, InterruptedException {
    Path out = profile.resolveSibling("dom.html");
    run(out, List.of("--window-size=" + width + "," + height, "--virtual-time-budget=5000", "--dump-dom", html.toUri().toString()));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** A PNG screenshot of a {@code width,height} window. */
  Path screenshot(Path html, int width, int height) throws IOException, InterruptedException {
    Path png = profile.resolveSibling("shot.png");
    run(null,
        List.of("--window-size=" + width + "," + height, "--hide-scrollbars", "--screenshot=" + png,
            html.toUri().toString()));
    return png;
  }

  private void run(Path stdout, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IOException("chromium exited with " + process.exitValue() + ": " + command);
    }
  }
}
