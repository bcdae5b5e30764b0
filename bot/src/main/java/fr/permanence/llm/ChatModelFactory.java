package fr.permanence.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import java.time.Duration;
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
    HttpClientBuilder http = new PinnedTimeouts(JdkHttpClient.builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.answerTimeout()));
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

  /**
   * Keeps the connect and answer timeouts set here: {@code OpenAiChatModel} otherwise overwrites
   * both with its single {@code timeout} (60 s by default), losing the separate connect timeout.
   */
  private static final class PinnedTimeouts implements HttpClientBuilder {
    private final HttpClientBuilder delegate;

    PinnedTimeouts(HttpClientBuilder delegate) {
      this.delegate = delegate;
    }

    @Override
    public Duration connectTimeout() {
      return delegate.connectTimeout();
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration ignored) {
      return this; // pinned: see class comment
    }

    @Override
    public Duration readTimeout() {
      return delegate.readTimeout();
    }

    @Override
    public HttpClientBuilder readTimeout(Duration ignored) {
      return this; // pinned: see class comment
    }

    @Override
    public HttpClient build() {
      return delegate.build();
    }
  }
}
