package fr.permanence.llm;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import fr.permanence.answer.Answerer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Decides at start-up how the bot answers: with a model when one is configured and answers a
 * tiny request, extractively otherwise; and says which, in French.
 */
public final class LlmStartup {
  /** The outcome of the start-up check. */
  public record Outcome(boolean ready, String message) {}

  public static final String EXTRACTIVE =
      "Mode extractif : les réponses citent les passages trouvés (aucun modèle de langue configuré).";
  /** The ping asks for one word; a few tokens leave room for a model's leading space or punctuation. */
  private static final int PING_TOKENS = 5;

  private final ChatModel model;
  private final LlmSettings settings;

  public LlmStartup(ChatModel model, LlmSettings settings) {
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Sends a tiny request (no member data) and reports whether the model answered. */
  public Outcome check() {
    long start = System.nanoTime();
    try {
      ChatResponse response = model.chat(ChatRequest.builder()
          .messages(UserMessage.from("Réponds seulement : OK"))
          .maxOutputTokens(PING_TOKENS)
          .build());
      String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
      if (text == null || text.isBlank()) {
        return unavailable(FallbackReason.MALFORMED.description() + " (réponse vide)");
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      return new Outcome(true, "Mode génératif : " + settings.describe() + " a répondu en " + ms
          + " ms ; chaque réponse est vérifiée, et la réponse par citations la remplace en cas de doute.");
    } catch (RuntimeException e) {
      FallbackReason reason = GeneratedAnswerer.classify(e);
      String hint = switch (reason) {
        case UNREACHABLE -> " Vérifiez l'adresse (" + LlmSettings.ENV_BASE_URL + ") et que le service est lancé"
            + (settings.provider() == LlmSettings.Provider.OLLAMA ? " (ollama serve)." : ".");
        case TIMEOUT -> " Augmentez " + LlmSettings.ENV_TIMEOUT + " si le modèle met du temps à se charger.";
        case HTTP_ERROR -> " Vérifiez le nom du modèle (" + LlmSettings.ENV_MODEL + ") et la clé ("
            + LlmSettings.ENV_API_KEY + ").";
        default -> "";
      };
      return unavailable(reason.description() + " (" + e.getClass().getSimpleName() + ")." + hint);
    }
  }

  private Outcome unavailable(String why) {
    return new Outcome(false, "Le " + settings.describe() + " ne répond pas : " + why
        + " Le bot démarre en mode extractif (réponses par citations).");
  }

  /**
   * The answerer to use: {@code extractive} unless settings are given and the model answers
   * the start-up check. Tells {@code out} which mode is used and why.
   *
   * @param warnings receives a line for each generated answer that falls back
   */
  public static Answerer choose(
      Answerer extractive, Optional<LlmSettings> settings, Consumer<String> out, Consumer<String> warnings) {
    if (settings.isEmpty()) {
      out.accept(EXTRACTIVE);
      return extractive;
    }
    ChatModel model = ChatModelFactory.create(settings.get());
    Outcome outcome = new LlmStartup(model, settings.get()).check();
    out.accept(outcome.message());
    return outcome.ready() ? new GeneratedAnswerer(extractive, model, settings.get(), warnings) : extractive;
  }

  /**
   * As {@link #choose(Answerer, Optional, Consumer, Consumer)} with settings read from {@code env}
   * and {@code file} (the properties of {@link LlmSettings#configFile}, already read); wrong
   * settings are reported and the bot runs extractive.
   */
  public static Answerer choose(
      Answerer extractive, Map<String, String> env, Properties file, Consumer<String> out,
      Consumer<String> warnings) {
    Optional<LlmSettings> settings;
    try {
      settings = LlmSettings.from(env, file);
    } catch (LlmConfigurationException e) {
      out.accept("Configuration du modèle de langue invalide : " + e.getMessage()
          + " Le bot démarre en mode extractif (réponses par citations).");
      return extractive;
    }
    return choose(extractive, settings, out, warnings);
  }
}
