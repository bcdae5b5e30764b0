package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.app.StartupFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The systemd unit follows the exit statuses serve uses (docs/chat.md, "Codes de sortie"). */
class ServiceUnitTest {
  @Test
  void restartsTransientFailuresOnlyAndCountsSigtermAsSuccess() throws Exception {
    Path unit = Path.of("..", "deploy", "permanence.service");
    Map<String, String> service = new LinkedHashMap<>();
    String section = "";
    for (String line : Files.readAllLines(unit)) {
      String l = line.strip();
      if (l.startsWith("[")) {
        section = l;
      } else if (section.equals("[Service]") && !l.startsWith("#") && l.contains("=")) {
        service.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1));
      }
    }
    assertEquals("on-failure", service.get("Restart")); // exit 1 (and crashes) restarted
    assertEquals(String.valueOf(StartupFailure.CONFIGURATION), service.get("RestartPreventExitStatus"));
    assertEquals("143", service.get("SuccessExitStatus")); // the JVM's status after a handled SIGTERM
    assertEquals("SIGTERM", service.get("KillSignal"));
    assertEquals("/opt/permanence/permanence serve", service.get("ExecStart"));
  }
}
