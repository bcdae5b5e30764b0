package fr.permanence.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmSettingsTest {
  @TempDir Path dir;

  @Test
  void offByDefault() {
    assertEquals(Optional.empty(), LlmSettings.from(Map.of(), new Properties()));
    assertEquals(Optional.empty(), LlmSettings.from(Map.of("PERMANENCE_LLM_PROVIDER", "off"), new Properties()));
    assertEquals(Optional.empty(), LlmSettings.load(Map.of(), null));
    assertEquals(Optional.empty(), LlmSettings.load(Map.of("PERMANENCE_LLM_CONFIG", " "), null));
  }

  @Test
  void ollamaFromEnvironmentWithDefaults() {
    LlmSettings s = LlmSettings.from(
        Map.of("PERMANENCE_LLM_PROVIDER", "Ollama", "PERMANENCE_LLM_MODEL", "mistral-small3.2"), new Properties())
        .orElseThrow();
    assertEquals(new LlmSettings(LlmSettings.Provider.OLLAMA, "http://localhost:11434", "mistral-small3.2", "",
        Duration.ofSeconds(5), Duration.ofSeconds(60), 2000), s);
  }

  @Test
  void fileReadAndEnvironmentWinsKeyByKey() throws IOException {
    Path file = dir.resolve("permanence.properties");
    Files.writeString(file, """
        llm.provider=openai
        llm.base-url=http://127.0.0.1:8080/v1
        llm.model=qwen2.5-7b
        llm.timeout-seconds=20
        llm.max-answer-chars=1900
        """);
    LlmSettings s = LlmSettings.load(Map.of("PERMANENCE_LLM_TIMEOUT_SECONDS", "45",
        "PERMANENCE_LLM_CONNECT_TIMEOUT_SECONDS", "2"), file).orElseThrow();
    assertEquals(new LlmSettings(LlmSettings.Provider.OPENAI, "http://127.0.0.1:8080/v1", "qwen2.5-7b", "",
        Duration.ofSeconds(2), Duration.ofSeconds(45), 1900), s);
  }

  @Test
  void theFileNamedByTheEnvironmentIsReadWhenTheCommandLineNamesNone() throws IOException {
    Path file = Files.writeString(dir.resolve("llm.properties"), "llm.provider=ollama\nllm.model=qwen2.5:7b\n");
    Path other = Files.writeString(dir.resolve("other.properties"), "llm.provider=off\n");
    Map<String, String> env = Map.of("PERMANENCE_LLM_CONFIG", " " + file + " ");

    assertEquals(Optional.of(new LlmSettings(LlmSettings.Provider.OLLAMA, "http://localhost:11434", "qwen2.5:7b", "",
        Duration.ofSeconds(5), Duration.ofSeconds(60), 2000)), LlmSettings.load(env, null));
    assertEquals(Optional.empty(), LlmSettings.load(env, other), "--llm-config wins");
  }

  @Test
  void aNamedFileThatCannotBeReadIsAnErrorSayingWhichPathAndWhereItCameFrom() throws IOException {
    Path absent = dir.resolve("absent.properties");
    assertEquals("Le fichier de configuration du modèle de langue « " + absent + " » (--llm-config) n'existe pas :"
        + " corrigez le chemin, ou retirez l'option pour répondre par citations sans modèle de langue.",
        assertThrows(LlmConfigurationException.class, () -> LlmSettings.load(Map.of(), absent)).getMessage());
    assertEquals("Le fichier de configuration du modèle de langue « " + absent + " » (PERMANENCE_LLM_CONFIG) n'existe"
        + " pas : corrigez le chemin, ou retirez la variable pour répondre par citations sans modèle de langue.",
        assertThrows(LlmConfigurationException.class,
            () -> LlmSettings.load(Map.of("PERMANENCE_LLM_CONFIG", absent.toString()), null)).getMessage());
    assertEquals("Le fichier de configuration du modèle de langue « " + dir + " » (--llm-config) est un dossier :"
        + " indiquez le fichier .properties lui-même.",
        assertThrows(LlmConfigurationException.class, () -> LlmSettings.configFile(Map.of(), dir)).getMessage());
    Path broken = Files.writeString(dir.resolve("broken.properties"), "llm.model=\\u00zz\n");
    assertEquals("Le fichier de configuration du modèle de langue « " + broken + " » (--llm-config) est illisible"
        + " (Malformed \\uxxxx encoding.) : vérifiez qu'il s'agit d'un fichier .properties en UTF-8.",
        assertThrows(LlmConfigurationException.class, () -> LlmSettings.configFile(Map.of(), broken)).getMessage());
  }

  @Test
  void errorsSayWhatToFixInFrench() {
    LlmConfigurationException noModel = assertThrows(LlmConfigurationException.class,
        () -> LlmSettings.from(Map.of("PERMANENCE_LLM_PROVIDER", "ollama"), new Properties()));
    assertEquals("Aucun modèle indiqué : renseignez PERMANENCE_LLM_MODEL (par exemple « mistral-small3.2 » pour Ollama).",
        noModel.getMessage());
    LlmConfigurationException badProvider = assertThrows(LlmConfigurationException.class,
        () -> LlmSettings.from(Map.of("PERMANENCE_LLM_PROVIDER", "gemini"), new Properties()));
    assertEquals("PERMANENCE_LLM_PROVIDER=gemini n'est pas reconnu : indiquez « ollama », « openai » "
        + "(tout service compatible OpenAI) ou « off ».", badProvider.getMessage());
    LlmConfigurationException badTimeout = assertThrows(LlmConfigurationException.class,
        () -> LlmSettings.from(Map.of("PERMANENCE_LLM_PROVIDER", "ollama", "PERMANENCE_LLM_MODEL", "m",
            "PERMANENCE_LLM_TIMEOUT_SECONDS", "vite"), new Properties()));
    assertEquals("PERMANENCE_LLM_TIMEOUT_SECONDS (ou llm.timeout-seconds) vaut « vite » : indiquez un nombre "
        + "entier positif.", badTimeout.getMessage());
    LlmConfigurationException noKey = assertThrows(LlmConfigurationException.class,
        () -> LlmSettings.from(Map.of("PERMANENCE_LLM_PROVIDER", "openai", "PERMANENCE_LLM_MODEL", "gpt-4o-mini"),
            new Properties()));
    assertEquals("Le service OpenAI demande une clé : renseignez PERMANENCE_LLM_API_KEY.", noKey.getMessage());
  }

  @Test
  void toStringNeverShowsTheKey() {
    LlmSettings s = LlmSettings.from(Map.of("PERMANENCE_LLM_PROVIDER", "openai", "PERMANENCE_LLM_MODEL", "gpt-4o-mini",
        "PERMANENCE_LLM_API_KEY", "sk-secret-123"), new Properties()).orElseThrow();
    assertEquals("sk-secret-123", s.apiKey());
    assertTrue(!s.toString().contains("sk-secret"), s.toString());
  }
}
