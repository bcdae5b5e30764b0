package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A homeserver on 127.0.0.1 implementing the Client-Server endpoints the bot uses, answering with
 * JSON shaped as in the Matrix specification: queued /sync batches, join, leave, send (idempotent
 * by transaction id, optionally rate-limited with 429), and the power levels state event.
 */
final class TestHomeserver implements AutoCloseable {
  static final String TOKEN = "syt_test_token";
  /** How long an empty long-poll waits here: short, the tests drive the bot. */
  private static final long EMPTY_POLL_MILLIS = 100;

  record Sent(String roomId, String type, String txnId, JsonNode content, String eventId) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  final BlockingQueue<String> syncBatches = new LinkedBlockingQueue<>();
  final List<String> syncSince = Collections.synchronizedList(new ArrayList<>());
  final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
  final List<String> sendAttempts = Collections.synchronizedList(new ArrayList<>());
  final List<String> joins = Collections.synchronizedList(new ArrayList<>());
  final List<String> leaves = Collections.synchronizedList(new ArrayList<>());
  final List<String> powerLevelRequests = Collections.synchronizedList(new ArrayList<>());
  final Map<String, String> powerLevels = Collections.synchronizedMap(new HashMap<>());
  final AtomicInteger throttledSends = new AtomicInteger();
  /** Media by "server/id", served by the authenticated media endpoint. */
  final Map<String, byte[]> media = Collections.synchronizedMap(new HashMap<>());
  final List<String> downloads = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger failingSyncs = new AtomicInteger();
  private final Map<String, String> eventIdsByTxn = new HashMap<>();
  private String lastBatch = "s0";

  TestHomeserver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/_matrix/client/v3/", this::handle);
    server.createContext("/_matrix/client/v1/media/download/", this::media);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        respond(ex, 401, "{\"errcode\":\"M_UNKNOWN_TOKEN\",\"error\":\"Invalid access token passed.\"}");
        return;
      }
      String path = ex.getRequestURI().getPath().substring("/_matrix/client/v3".length());
      String method = ex.getRequestMethod();
      if (method.equals("GET") && path.equals("/sync")) {
        sync(ex);
      } else if (method.equals("POST") && path.startsWith("/join/")) {
        String room = path.substring("/join/".length());
        joins.add(room);
        respond(ex, 200, json.createObjectNode().put("room_id", room).toString());
      } else if (method.equals("POST") && path.startsWith("/rooms/") && path.endsWith("/leave")) {
        leaves.add(path.substring("/rooms/".length(), path.length() - "/leave".length()));
        respond(ex, 200, "{}");
      } else if (method.equals("PUT") && path.startsWith("/rooms/") && path.contains("/send/")) {
        send(ex, path);
      } else if (method.equals("GET") && path.matches("/rooms/[^/]+/state/m\\.room\\.power_levels/?")) {
        String room = path.substring("/rooms/".length(), path.indexOf("/state/"));
        powerLevelRequests.add(room);
        String levels = powerLevels.get(room);
        respond(ex, levels == null ? 404 : 200, levels == null
            ? "{\"errcode\":\"M_NOT_FOUND\",\"error\":\"Event not found.\"}" : levels);
      } else {
        respond(ex, 404, "{\"errcode\":\"M_UNRECOGNIZED\",\"error\":\"Unrecognized request\"}");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("test homeserver interrupted", e);
    }
  }

  private void media(HttpExchange ex) throws IOException {
    try (ex) {
      if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        respond(ex, 401, "{\"errcode\":\"M_MISSING_TOKEN\",\"error\":\"Missing access token\"}");
        return;
      }
      String key = ex.getRequestURI().getPath().substring("/_matrix/client/v1/media/download/".length());
      downloads.add(key);
      byte[] body = media.get(key);
      if (body == null) {
        respond(ex, 404, "{\"errcode\":\"M_NOT_FOUND\",\"error\":\"Not found\"}");
        return;
      }
      ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
    }
  }

  private void sync(HttpExchange ex) throws IOException, InterruptedException {
    String query = ex.getRequestURI().getQuery();
    String since = "";
    for (String param : query == null ? new String[0] : query.split("&")) {
      if (param.startsWith("since=")) {
        since = param.substring("since=".length());
      }
    }
    syncSince.add(since);
    if (failingSyncs.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      respond(ex, 502, "<html><body>502 Bad Gateway</body></html>");
      return;
    }
    String batch = syncBatches.poll(EMPTY_POLL_MILLIS, TimeUnit.MILLISECONDS);
    if (batch == null) {
      batch = "{\"next_batch\":\"" + lastBatch + "\",\"rooms\":{\"join\":{},\"invite\":{},\"leave\":{}}}";
    }
    lastBatch = json.readTree(batch).path("next_batch").asText();
    respond(ex, 200, batch);
  }

  private void send(HttpExchange ex, String path) throws IOException {
    String[] parts = path.split("/"); // "", rooms, {room}, send, {type}, {txnId}
    String room = parts[2];
    String type = parts[4];
    String txnId = parts[5];
    sendAttempts.add(txnId);
    if (throttledSends.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      ex.getResponseHeaders().add("Retry-After", "3");
      respond(ex, 429, "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\",\"retry_after_ms\":3000}");
      return;
    }
    JsonNode content = json.readTree(ex.getRequestBody());
    String eventId;
    synchronized (eventIdsByTxn) {
      eventId = eventIdsByTxn.get(txnId);
      if (eventId == null) {
        eventId = "$evt-" + (eventIdsByTxn.size() + 1);
        eventIdsByTxn.put(txnId, eventId);
        sent.add(new Sent(room, type, txnId, content, eventId));
      }
    }
    respond(ex, 200, json.createObjectNode().put("event_id", eventId).toString());
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
