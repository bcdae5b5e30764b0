package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.app.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} runs with the run's settings: {@code --data} wins over its configuration. */
class ServedSettingsTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path tmp;

  @Test
  void dataGivenOnTheCommandLineWinsOverTheConfiguration() throws Exception {
    Path file = Files.writeString(tmp.resolve("serve.properties"), "data=" + tmp.resolve("configured") + "\n"
        + "contact=permanence@union.example\nmax-upload-mb=5\n");
    ServeConfig config = ServeConfig.load(Map.of(), file, HOME.resolve("data"));
    Settings base = Settings.from(Map.of(), HOME, tmp.resolve("given"));

    Settings served = Main.servedSettings(base, true, config);

    assertEquals(tmp.resolve("given"), served.dataDir());
    assertEquals("permanence@union.example", served.contact());
    assertEquals(5L * 1024 * 1024, served.maxUploadBytes());
    assertEquals(Settings.ZONE, served.zone());
  }

  @Test
  void withoutDataOnTheCommandLineTheConfigurationSaysWhere() throws Exception {
    Path file = Files.writeString(tmp.resolve("serve.properties"), "data=" + tmp.resolve("configured") + "\n");
    ServeConfig config = ServeConfig.load(Map.of(), file, HOME.resolve("data"));

    Settings served = Main.servedSettings(Settings.from(Map.of(), HOME, null), false, config);

    assertEquals(tmp.resolve("configured"), served.dataDir());
    assertEquals(Settings.DEFAULT_CONTACT, served.contact());
  }
}
