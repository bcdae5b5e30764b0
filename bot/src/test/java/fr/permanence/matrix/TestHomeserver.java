package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A homeserver on 127.0.0.1 implementing the Client-Server endpoints the bot uses, answering with
 * JSON shaped as in the Matrix specification: queued /sync batches, join, leave, send (idempotent
 * by transaction id, optionally rate-limited with 429), the power levels state event, joined
 * members, whoami and authenticated media (which may redirect, with 307 or 308, to a "CDN" on
 * another port). Faults on demand: rooms where sending is forbidden (403), joins refused, sync
 * tokens refused (400), a revoked access token (401), failing syncs (502).
 */
public final class TestHomeserver implements AutoCloseable {
  public static final String TOKEN = "syt_test_token";
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
  /** The access token the server accepts; change it to revoke the bot's. */
  volatile String validToken = TOKEN;
  /** Joined members by room, for /joined_members; a room absent here answers 403. */
  final Map<String, List<String>> members = Collections.synchronizedMap(new HashMap<>());
  final List<String> joinedMembersRequests = Collections.synchronizedList(new ArrayList<>());
  /** Rooms where the bot may not send (403 M_FORBIDDEN), as in a read-only announcement room. */
  final Set<String> readOnlyRooms = ConcurrentHashMap.newKeySet();
  /** The send attempt (1 for the first) answered 502 Bad Gateway, as when a proxy loses the server; 0 for none. */
  final AtomicInteger failingSendAttempt = new AtomicInteger();
  /** Rooms whose invitation cannot be accepted (403 M_FORBIDDEN). */
  final Set<String> forbiddenJoins = ConcurrentHashMap.newKeySet();
  /** Sync tokens the server no longer knows (400). */
  final Set<String> refusedSince = ConcurrentHashMap.newKeySet();
  /** The filter parameter of each sync. */
  final List<String> syncFilters = Collections.synchronizedList(new ArrayList<>());
  /** Media served by a redirect (307 or 308, the value) to the CDN, by "server/id". */
  final Map<String, Integer> redirectedMedia = Collections.synchronizedMap(new HashMap<>());
  /** The Authorization header of each CDN download ("" when absent). */
  final List<String> cdnAuthorizations = Collections.synchronizedList(new ArrayList<>());
  private final HttpServer cdn;
  private final Map<String, String> eventIdsByTxn = new HashMap<>();
  private String lastBatch = "s0";

  public TestHomeserver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/_matrix/client/v3/", this::handle);
    server.createContext("/_matrix/client/v1/media/download/", this::media);
    server.start();
    cdn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    cdn.createContext("/media/", this::cdn);
    cdn.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    cdn.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!("Bearer " + validToken).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
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
        if (forbiddenJoins.contains(room)) {
          respond(ex, 403, "{\"errcode\":\"M_FORBIDDEN\",\"error\":\"You are not invited to this room.\"}");
          return;
        }
        respond(ex, 200, json.createObjectNode().put("room_id", room).toString());
      } else if (method.equals("GET") && path.equals("/account/whoami")) {
        respond(ex, 200, "{\"user_id\":\"@permanence:example.org\",\"device_id\":\"BOT\"}");
      } else if (method.equals("GET") && path.matches("/rooms/[^/]+/joined_members")) {
        String room = path.substring("/rooms/".length(), path.indexOf("/joined_members"));
        joinedMembersRequests.add(room);
        List<String> joined = members.get(room);
        if (joined == null) {
          respond(ex, 403, "{\"errcode\":\"M_FORBIDDEN\",\"error\":\"You aren't a member of the room.\"}");
          return;
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode map = body.putObject("joined");
        joined.forEach(id -> map.putObject(id).put("display_name", id.substring(1, id.indexOf(':'))));
        respond(ex, 200, body.toString());
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
      if (!("Bearer " + validToken).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        respond(ex, 401, "{\"errcode\":\"M_MISSING_TOKEN\",\"error\":\"Missing access token\"}");
        return;
      }
      String key = ex.getRequestURI().getPath().substring("/_matrix/client/v1/media/download/".length());
      downloads.add(key);
      Integer redirect = redirectedMedia.get(key);
      if (redirect != null) {
        ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + cdn.getAddress().getPort() + "/media/" + key);
        ex.sendResponseHeaders(redirect, -1);
        return;
      }
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

  private void cdn(HttpExchange ex) throws IOException {
    try (ex) {
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      cdnAuthorizations.add(auth == null ? "" : auth);
      byte[] body = media.get(ex.getRequestURI().getPath().substring("/media/".length()));
      if (body == null) {
        respond(ex, 404, "{\"errcode\":\"M_NOT_FOUND\",\"error\":\"Not found\"}");
        return;
      }
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
    }
  }

  private void sync(HttpExchange ex) throws IOException, InterruptedException {
    String query = ex.getRequestURI().getRawQuery();
    String since = "";
    for (String param : query == null ? new String[0] : query.split("&")) {
      if (param.startsWith("since=")) {
        since = URLDecoder.decode(param.substring("since=".length()), StandardCharsets.UTF_8);
      } else if (param.startsWith("filter=")) {
        syncFilters.add(URLDecoder.decode(param.substring("filter=".length()), StandardCharsets.UTF_8));
      }
    }
    syncSince.add(since);
    if (refusedSince.contains(since)) {
      respond(ex, 400, "{\"errcode\":\"M_UNKNOWN\",\"error\":\"Unknown sync token\"}");
      return;
    }
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
    if (sendAttempts.size() == failingSendAttempt.get()) {
      respond(ex, 502, "<html><body>502 Bad Gateway</body></html>");
      return;
    }
    if (readOnlyRooms.contains(room)) {
      respond(ex, 403, "{\"errcode\":\"M_FORBIDDEN\",\"error\":\"You don't have permission to post that to the room.\"}");
      return;
    }
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
        synchronized (sent) { // the synchronized list's own lock: awaitSent waits on it
          sent.add(new Sent(room, type, txnId, content, eventId));
          sent.notifyAll();
        }
      }
    }
    respond(ex, 200, json.createObjectNode().put("event_id", eventId).toString());
  }

  /** Waits until {@code count} events were sent, woken by each one; false when {@code timeout} passes first. */
  boolean awaitSent(int count, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (sent) {
      while (sent.size() < count) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(sent, left);
      }
      return true;
    }
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
