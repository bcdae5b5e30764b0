package fr.permanence.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the langchain4j chat model the settings describe. Nothing identifying the member is
 * configured: no user field, no request logging.
 */
public final class ChatModelFactory {
  /** Legal answers must be reproducible and stay close to the passages: no sampling. */
  private static final double TEMPERATURE = 0.0;
  /** About 600 French words, well above what fits in a 2,000-character message. */
  private static final int MAX_OUTPUT_TOKENS = 800;
  /** No retry: a failed call falls back to the extractive answer at once instead of making the member wait. */
  private static final int MAX_RETRIES = 0;

  private ChatModelFactory() {}

  /** A chat model for {@code settings}; it connects only when first used. */
  public static ChatModel create(LlmSettings settings) {
    JdkHttpClientBuilder http = JdkHttpClient.builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.answerTimeout());
    return switch (settings.provider()) {
      case OLLAMA -> OllamaChatModel.builder()
          .httpClientBuilder(http)
          .baseUrl(settings.baseUrl())
          .modelName(settings.model())
          .temperature(TEMPERATURE)
          .numPredict(MAX_OUTPUT_TOKENS)
          .maxRetries(MAX_RETRIES)
          .logRequests(false)
          .logResponses(false)
          .build();
      case OPENAI -> OpenAiChatModel.builder()
          .httpClientBuilder(http)
          .baseUrl(settings.baseUrl())
          .apiKey(settings.apiKey().isEmpty() ? "none" : settings.apiKey())
          .modelName(settings.model())
          .temperature(TEMPERATURE)
          .maxTokens(MAX_OUTPUT_TOKENS)
          .maxRetries(MAX_RETRIES)
          .logRequests(false)
          .logResponses(false)
          .build();
    };
  }
}
