package fr.permanence.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.answer.Answerer;
import fr.permanence.bench.LoopbackModelServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LlmStartupTest {
  private final Answerer extractive = new Fixtures.FixedAnswerer(Fixtures.HITS, true);
  private final List<String> out = new ArrayList<>();

  private static LlmSettings settings(String baseUrl) {
    return new LlmSettings(LlmSettings.Provider.OLLAMA, baseUrl, "mistral-small3.2", "",
        Duration.ofSeconds(1), Duration.ofSeconds(1), 2000);
  }

  @Test
  void answeringModelSwitchesToGeneratedMode() throws IOException {
    try (LoopbackModelServer server = LoopbackModelServer.start(r -> LoopbackModelServer.Reply.say("OK"))) {
      Answerer chosen = LlmStartup.choose(extractive, Optional.of(settings(server.ollamaBaseUrl())), out::add, w -> { });
      assertInstanceOf(GeneratedAnswerer.class, chosen);
      assertEquals("Réponds seulement : OK", server.requests().get(0).user());
    }
    assertEquals(1, out.size());
    assertTrue(out.get(0).matches("Mode génératif : modèle « mistral-small3\\.2 » \\(Ollama, http://127\\.0\\.0\\.1:\\d+\\) "
        + "a répondu en \\d+ ms ; chaque réponse est vérifiée, et la réponse par citations la remplace en cas de doute\\."),
        out.get(0));
  }

  @Test
  void silentModelIsReportedAndTheBotRunsExtractive() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort(); // closed below: nothing listens there any more
    }
    String url = "http://127.0.0.1:" + port;
    Answerer chosen = LlmStartup.choose(extractive, Optional.of(settings(url)), out::add, w -> { });
    assertSame(extractive, chosen);
    assertEquals(List.of("Le modèle « mistral-small3.2 » (Ollama, " + url + ") ne répond pas : le modèle est "
        + "injoignable (" + out.get(0).replaceAll(".*injoignable \\((\\w+)\\).*", "$1") + "). Vérifiez l'adresse "
        + "(PERMANENCE_LLM_BASE_URL) et que le service est lancé (ollama serve). Le bot démarre en mode extractif "
        + "(réponses par citations)."), out);
  }

  @Test
  void erroringModelIsReported() throws IOException {
    try (LoopbackModelServer server = LoopbackModelServer.start(
        r -> LoopbackModelServer.Reply.raw(404, "{\"error\":\"model 'mistral-small3.2' not found\"}"))) {
      LlmStartup.Outcome o = new LlmStartup(ChatModelFactory.create(settings(server.ollamaBaseUrl())),
          settings(server.ollamaBaseUrl())).check();
      assertFalse(o.ready());
      assertTrue(o.message().contains("le service du modèle a renvoyé une erreur"), o.message());
      assertTrue(o.message().endsWith("Vérifiez le nom du modèle (PERMANENCE_LLM_MODEL) et la clé "
          + "(PERMANENCE_LLM_API_KEY). Le bot démarre en mode extractif (réponses par citations)."), o.message());
    }
  }

  @Test
  void unconfiguredOrMisconfiguredMeansExtractive() {
    assertSame(extractive, LlmStartup.choose(extractive, Map.of(), new Properties(), out::add, w -> { }));
    assertSame(extractive, LlmStartup.choose(extractive, Map.of("PERMANENCE_LLM_PROVIDER", "ollama"), new Properties(),
        out::add, w -> { }));
    assertEquals(List.of(LlmStartup.EXTRACTIVE,
        "Configuration du modèle de langue invalide : Aucun modèle indiqué : renseignez PERMANENCE_LLM_MODEL "
            + "(par exemple « mistral-small3.2 » pour Ollama). Le bot démarre en mode extractif (réponses par citations)."),
        out);
  }
}
