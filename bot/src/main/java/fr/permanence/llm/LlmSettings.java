package fr.permanence.llm;

import fr.permanence.answer.AnswerComposer;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the language model that writes generated answers. Generated answers are off
 * unless a provider is configured, in the environment or in a properties file (the environment
 * wins): see docs/llm.md.
 *
 * @param provider which API the model speaks
 * @param baseUrl the API's address, e.g. {@code http://localhost:11434} for Ollama
 * @param model the model's name, e.g. {@code mistral-small3.2}
 * @param apiKey the key sent to an OpenAI-compatible service, or "" (Ollama needs none)
 * @param connectTimeout how long to wait for a connection to the model
 * @param answerTimeout how long to wait for the model's answer before falling back
 * @param maxAnswerChars the longest message the chat platform accepts (Discord: 2,000)
 */
public record LlmSettings(
    Provider provider, String baseUrl, String model, String apiKey, Duration connectTimeout,
    Duration answerTimeout, int maxAnswerChars) {

  /** The chat APIs the bot can use. */
  public enum Provider {
    /** Ollama's native {@code /api/chat}. */
    OLLAMA("ollama", "http://localhost:11434"),
    /** Any OpenAI-compatible {@code /chat/completions} (OpenAI, vLLM, llama.cpp server, LocalAI…). */
    OPENAI("openai", "https://api.openai.com/v1");

    private final String code;
    private final String defaultBaseUrl;

    Provider(String code, String defaultBaseUrl) {
      this.code = code;
      this.defaultBaseUrl = defaultBaseUrl;
    }

    /** The name used in configuration. */
    public String code() {
      return code;
    }

    /** Where this API usually listens. */
    public String defaultBaseUrl() {
      return defaultBaseUrl;
    }
  }

  /** Environment variable / property naming the provider; absent or "off" keeps answers extractive. */
  public static final String ENV_PROVIDER = "PERMANENCE_LLM_PROVIDER";
  public static final String ENV_BASE_URL = "PERMANENCE_LLM_BASE_URL";
  public static final String ENV_MODEL = "PERMANENCE_LLM_MODEL";
  public static final String ENV_API_KEY = "PERMANENCE_LLM_API_KEY";
  public static final String ENV_CONNECT_TIMEOUT = "PERMANENCE_LLM_CONNECT_TIMEOUT_SECONDS";
  public static final String ENV_TIMEOUT = "PERMANENCE_LLM_TIMEOUT_SECONDS";
  public static final String ENV_MAX_ANSWER_CHARS = "PERMANENCE_LLM_MAX_ANSWER_CHARS";
  /** Environment variable naming the properties file, when the caller has no other path for it. */
  public static final String ENV_CONFIG_FILE = "PERMANENCE_LLM_CONFIG";

  /** A model on a LAN answers a connection at once; 5 s covers a sleeping laptop's Wi-Fi. */
  static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
  /** A 7-12B model on a CPU writes a 150-word answer in 20-50 s; beyond a minute members give up. */
  static final int DEFAULT_ANSWER_TIMEOUT_SECONDS = 60;
  /** The answers' message limit, the strictest of the platforms the bot serves. */
  public static final int DEFAULT_MAX_ANSWER_CHARS = AnswerComposer.MESSAGE_LIMIT;
  /** Below this, a cited sentence plus its sources line no longer fit. */
  static final int MIN_ANSWER_CHARS = 300;

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    apiKey = apiKey == null ? "" : apiKey;
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(answerTimeout, "answerTimeout");
  }

  /**
   * Reads the settings from the environment, then from {@code configFile} (the command line's
   * {@code --llm-config}) or else the file {@value #ENV_CONFIG_FILE} names, the environment
   * winning key by key.
   *
   * @return empty when no provider is configured: the bot answers extractively
   * @throws LlmConfigurationException when a file is named but cannot be read, or when a provider
   *     is configured but a value is wrong
   */
  public static Optional<LlmSettings> load(Map<String, String> env, Path configFile) {
    return from(env, configFile(env, configFile));
  }

  /**
   * The properties of the file {@code option} (the command line's {@code --llm-config}) names,
   * or else the one {@value #ENV_CONFIG_FILE} names; empty properties when neither names one. A
   * file named but absent is a mistake to stop on, not a reason to answer without the model the
   * operator asked for: the message says which path, where it came from, and what to do.
   *
   * @throws LlmConfigurationException in French, when the named file is missing, a folder, or unreadable
   */
  public static Properties configFile(Map<String, String> env, Path option) {
    String named = env.get(ENV_CONFIG_FILE);
    Path file = option;
    String origin = "--llm-config";
    String remedy = "retirez l'option";
    if (file == null) {
      if (named == null || named.isBlank()) {
        return new Properties();
      }
      file = Path.of(named.strip());
      origin = ENV_CONFIG_FILE;
      remedy = "retirez la variable";
    }
    String which = "Le fichier de configuration du modèle de langue « " + file.toAbsolutePath() + " » (" + origin + ")";
    if (Files.isDirectory(file)) {
      throw new LlmConfigurationException(which + " est un dossier : indiquez le fichier .properties lui-même.");
    }
    if (!Files.isRegularFile(file)) {
      throw new LlmConfigurationException(which + " n'existe pas : corrigez le chemin, ou " + remedy
          + " pour répondre par citations sans modèle de langue.");
    }
    if (!Files.isReadable(file)) {
      throw new LlmConfigurationException(which + " n'est pas lisible : donnez le droit de lecture à l'utilisateur"
          + " qui lance le bot (chmod u+r), ou corrigez le chemin.");
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new LlmConfigurationException(which + " est illisible (" + e.getMessage()
          + ") : vérifiez qu'il s'agit d'un fichier .properties en UTF-8.", e);
    }
    return properties;
  }

  /**
   * The settings given by environment variables ({@code PERMANENCE_LLM_*}) and properties
   * ({@code llm.provider}, {@code llm.base-url}, {@code llm.model}, {@code llm.api-key},
   * {@code llm.connect-timeout-seconds}, {@code llm.timeout-seconds}, {@code llm.max-answer-chars}).
   */
  public static Optional<LlmSettings> from(Map<String, String> env, Properties file) {
    String providerName = value(env, file, ENV_PROVIDER, "llm.provider", "");
    String lowered = providerName.toLowerCase(Locale.ROOT);
    if (lowered.isEmpty() || lowered.equals("off") || lowered.equals("none") || lowered.equals("aucun")) {
      return Optional.empty();
    }
    Provider provider = switch (lowered) {
      case "ollama" -> Provider.OLLAMA;
      case "openai" -> Provider.OPENAI;
      default -> throw new LlmConfigurationException(
          ENV_PROVIDER + "=" + providerName + " n'est pas reconnu : indiquez « ollama », « openai » "
              + "(tout service compatible OpenAI) ou « off ».");
    };
    String baseUrl = value(env, file, ENV_BASE_URL, "llm.base-url", provider.defaultBaseUrl());
    checkUrl(baseUrl);
    String model = value(env, file, ENV_MODEL, "llm.model", "");
    if (model.isEmpty()) {
      throw new LlmConfigurationException(
          "Aucun modèle indiqué : renseignez " + ENV_MODEL + " (par exemple « mistral-small3.2 » pour Ollama).");
    }
    String apiKey = value(env, file, ENV_API_KEY, "llm.api-key", "");
    if (provider == Provider.OPENAI && apiKey.isEmpty() && baseUrl.startsWith(Provider.OPENAI.defaultBaseUrl())) {
      throw new LlmConfigurationException(
          "Le service OpenAI demande une clé : renseignez " + ENV_API_KEY + ".");
    }
    int connect = positive(env, file, ENV_CONNECT_TIMEOUT, "llm.connect-timeout-seconds",
        DEFAULT_CONNECT_TIMEOUT_SECONDS);
    int answer = positive(env, file, ENV_TIMEOUT, "llm.timeout-seconds", DEFAULT_ANSWER_TIMEOUT_SECONDS);
    int maxChars = positive(env, file, ENV_MAX_ANSWER_CHARS, "llm.max-answer-chars", DEFAULT_MAX_ANSWER_CHARS);
    if (maxChars < MIN_ANSWER_CHARS) {
      throw new LlmConfigurationException(
          ENV_MAX_ANSWER_CHARS + "=" + maxChars + " est trop court : il faut au moins " + MIN_ANSWER_CHARS
              + " caractères pour une phrase et ses sources.");
    }
    return Optional.of(new LlmSettings(provider, baseUrl, model, apiKey,
        Duration.ofSeconds(connect), Duration.ofSeconds(answer), maxChars));
  }

  /** The same settings with another answer length limit (a platform stricter than the default). */
  public LlmSettings withMaxAnswerChars(int chars) {
    return new LlmSettings(provider, baseUrl, model, apiKey, connectTimeout, answerTimeout, chars);
  }

  /** The same settings with other timeouts. */
  public LlmSettings withTimeouts(Duration connect, Duration answer) {
    return new LlmSettings(provider, baseUrl, model, apiKey, connect, answer, maxAnswerChars);
  }

  /** One French line naming the model and where it runs, for start-up messages. */
  public String describe() {
    String api = provider == Provider.OLLAMA ? "Ollama" : "API compatible OpenAI";
    return "modèle « " + model + " » (" + api + ", " + baseUrl + ")";
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider.code() + ", baseUrl=" + baseUrl + ", model=" + model
        + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + ", connectTimeout=" + connectTimeout
        + ", answerTimeout=" + answerTimeout + ", maxAnswerChars=" + maxAnswerChars + "]";
  }

  private static String value(Map<String, String> env, Properties file, String envName, String key, String def) {
    String v = env.get(envName);
    if (v == null || v.isBlank()) {
      v = file.getProperty(key);
    }
    return v == null || v.isBlank() ? def : v.strip();
  }

  private static int positive(Map<String, String> env, Properties file, String envName, String key, int def) {
    String v = value(env, file, envName, key, Integer.toString(def));
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // not a number: reported below with the variable's name, which the exception lacks
    }
    throw new LlmConfigurationException(
        envName + " (ou " + key + ") vaut « " + v + " » : indiquez un nombre entier positif.");
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new LlmConfigurationException(
            ENV_BASE_URL + "=" + url + " n'est pas une adresse http(s) complète, par exemple http://localhost:11434.");
      }
    } catch (URISyntaxException e) {
      throw new LlmConfigurationException(ENV_BASE_URL + "=" + url + " n'est pas une adresse valide : " + e.getReason(), e);
    }
  }
}
