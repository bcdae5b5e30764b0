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
    assertEquals(Optional.empty(), LlmSettings.load(Map.of(), dir.resolve("absent.properties")));
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
