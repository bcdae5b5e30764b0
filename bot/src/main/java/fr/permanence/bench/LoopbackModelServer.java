package fr.permanence.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.permanence.llm.LlmSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A stand-in language model on 127.0.0.1 speaking OpenAI's {@code /v1/chat/completions} and
 * Ollama's {@code /api/chat}, replying what a responder function decides. For tests and for the
 * {@code bench} command, which measure the bot around a model without running one.
 */
public final class LoopbackModelServer implements AutoCloseable {
  /**
   * A chat request as received.
   *
   * @param provider the API used
   * @param body the raw JSON body, to check what left the process
   * @param system the system message's text, or ""
   * @param user the last user message's text, or ""
   */
  public record Request(LlmSettings.Provider provider, String body, String system, String user) {}

  /**
   * What to reply.
   *
   * @param status the HTTP status
   * @param content the assistant's message, wrapped in the protocol's JSON; or {@code null} to send {@code rawBody}
   * @param rawBody the body sent as is when {@code content} is null
   */
  public record Reply(int status, String content, String rawBody) {
    /** A well-formed reply saying {@code content}. */
    public static Reply say(String content) {
      return new Reply(200, content, null);
    }

    /** A raw body with a status, e.g. an HTTP 500 or JSON that does not parse. */
    public static Reply raw(int status, String body) {
      return new Reply(status, null, body);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Function<Request, Reply> responder;
  private final List<Request> received = new CopyOnWriteArrayList<>();

  private LoopbackModelServer(Function<Request, Reply> responder) throws IOException {
    this.responder = Objects.requireNonNull(responder, "responder");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", ex -> handle(ex, LlmSettings.Provider.OPENAI));
    server.createContext("/api/chat", ex -> handle(ex, LlmSettings.Provider.OLLAMA));
    server.setExecutor(executor);
  }

  /** Starts a server on a free port of 127.0.0.1. */
  public static LoopbackModelServer start(Function<Request, Reply> responder) throws IOException {
    LoopbackModelServer s = new LoopbackModelServer(responder);
    s.server.start();
    return s;
  }

  /** The base URL for an OpenAI-compatible client. */
  public String openAiBaseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The base URL for an Ollama client. */
  public String ollamaBaseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The base URL for {@code provider}. */
  public String baseUrl(LlmSettings.Provider provider) {
    return provider == LlmSettings.Provider.OLLAMA ? ollamaBaseUrl() : openAiBaseUrl();
  }

  /** The requests received so far, oldest first. */
  public List<Request> requests() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange, LlmSettings.Provider protocol) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Request request = parse(protocol, body);
      received.add(request);
      Reply reply = responder.apply(request);
      String out = reply.content() == null ? reply.rawBody() : wrap(protocol, reply.content());
      byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(bytes);
      }
    } catch (IOException e) {
      // the client hung up (it timed out): nothing left to answer
    }
  }

  private static Request parse(LlmSettings.Provider protocol, String body) throws IOException {
    JsonNode root = JSON.readTree(body);
    String system = "";
    String user = "";
    for (JsonNode m : root.path("messages")) {
      String text = text(m.path("content"));
      switch (m.path("role").asText()) {
        case "system" -> system = text;
        case "user" -> user = text;
        default -> { /* assistant turns: the bot sends none */ }
      }
    }
    return new Request(protocol, body, system, user);
  }

  /** A message's text whether sent as a string or as OpenAI's list of parts. */
  private static String text(JsonNode content) {
    if (content.isArray()) {
      StringBuilder out = new StringBuilder();
      content.forEach(part -> out.append(part.path("text").asText("")));
      return out.toString();
    }
    return content.asText("");
  }

  private static String wrap(LlmSettings.Provider protocol, String content) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
    if (protocol == LlmSettings.Provider.OPENAI) {
      root.put("id", "chatcmpl-loopback").put("object", "chat.completion").put("created", 1_700_000_000L)
          .put("model", "loopback");
      ArrayNode choices = root.putArray("choices");
      choices.addObject().put("index", 0).put("finish_reason", "stop").set("message", message);
      root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
    } else {
      root.put("model", "loopback").put("created_at", "2025-01-01T00:00:00Z");
      root.set("message", message);
      root.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 1).put("eval_count", 1);
    }
    return JSON.writeValueAsString(root);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
