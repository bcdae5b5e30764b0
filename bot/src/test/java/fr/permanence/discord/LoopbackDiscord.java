package fr.permanence.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Discord API on loopback, written from Discord's developer documentation, that the real JDA
 * connects to: REST under {@code /api/v10/} (JDK HTTP server) and the gateway (Java-WebSocket),
 * with HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeats acknowledged, zlib-stream transport
 * compression as JDA asks by default, and events dispatched on demand. Every REST request is
 * recorded with its JSON body (the {@code payload_json} part of a multipart upload).
 *
 * <p>One guild ({@link #GUILD}) with one text channel ({@link #CHANNEL}) and the roles
 * "Formateurs" and "Modération"; direct-message channels are opened on request.
 */
public final class LoopbackDiscord implements AutoCloseable {
  public static final String TOKEN = "MTIz.loopback.token";
  static final String BOT = "900000000000000001";
  static final String GUILD = "910000000000000001";
  static final String CHANNEL = "920000000000000001";
  static final String TRAINER_ROLE = "930000000000000001";
  static final String MODERATOR_ROLE = "930000000000000002";
  static final String MEMBER = "940000000000000001";
  /** Direct-message channels get this id plus the member's last digits. */
  private static final long DM_BASE = 950000000000000000L;

  /** One REST request as JDA sent it. */
  record Request(String method, String path, String authorization, JsonNode body) {
    boolean is(String method, String pathPattern) {
      return this.method.equals(method) && path.matches(pathPattern);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Refuse the token on every REST call (401), as Discord does for a wrong or reset token. */
  public volatile boolean refuseToken;
  /** Refuse the token on {@code /users/@me} only: JDA's own check at login. */
  volatile boolean refuseSelf;
  /** Close the gateway with 4004 (authentication failed) on IDENTIFY. */
  volatile boolean refuseIdentify;
  /** {@code /gateway/bot} names a port where nothing listens. */
  volatile boolean deadGateway;
  /** What {@code /gateway/bot} names instead of this gateway, when set. */
  volatile URI gatewayOverride;
  /** Direct messages to members are refused (50007), as when a member closed them. */
  volatile boolean directMessagesClosed;

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer rest;
  private final Gateway gateway;
  private final ExecutorService restThreads = Executors.newFixedThreadPool(2);
  private final AtomicLong ids = new AtomicLong(960000000000000000L);

  public LoopbackDiscord() throws IOException, InterruptedException {
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/api/v10/", this::handle);
    rest.setExecutor(restThreads);
    rest.start();
    gateway = new Gateway(new InetSocketAddress("127.0.0.1", 0));
    gateway.setReuseAddr(true);
    gateway.start();
    if (!gateway.started.await(10, TimeUnit.SECONDS)) {
      throw new IOException("the loopback gateway did not start");
    }
  }

  /** The REST base JDA is given. */
  public URI api() {
    return URI.create("http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/");
  }

  URI gatewayUri() {
    return URI.create("ws://127.0.0.1:" + gateway.getPort() + "/");
  }

  /**
   * Waits for a recorded request matching {@code test} (including those already made): woken by
   * each request the server records, failing once {@code timeout} has passed without one.
   */
  Request await(Predicate<Request> test, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (requests) {
      for (int seen = 0; ; ) {
        for (; seen < requests.size(); seen++) {
          if (test.test(requests.get(seen))) {
            return requests.get(seen);
          }
        }
        long left = end - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no such request within " + timeout + "; got " + summary());
        }
        TimeUnit.NANOSECONDS.timedWait(requests, left);
      }
    }
  }

  /** Records {@code request} and wakes whoever {@link #await awaits} one. */
  private void record(Request request) {
    synchronized (requests) {
      requests.add(request);
      requests.notifyAll();
    }
  }

  /** The requests so far, as "METHOD path" lines. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    for (Request r : requests) {
      s.append('\n').append(r.method()).append(' ').append(r.path());
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- REST

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/api/v10/".length()),
          StandardCharsets.UTF_8);
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      JsonNode body = body(exchange.getRequestHeaders().getFirst("Content-Type"), raw);
      Request request = new Request(method, path, authorization, body);
      record(request);
      if (refuseToken || !("Bot " + TOKEN).equals(authorization) || (refuseSelf && path.equals("users/@me"))) {
        send(exchange, 401, JSON.createObjectNode().put("message", "401: Unauthorized").put("code", 0));
        return;
      }
      if (request.is("GET", "users/@me")) {
        send(exchange, 200, botUser());
      } else if (request.is("GET", "gateway/bot")) {
        ObjectNode limit = JSON.createObjectNode().put("total", 1000).put("remaining", 999).put("reset_after", 0)
            .put("max_concurrency", 1);
        String url = deadGateway ? "ws://127.0.0.1:" + freePort() + "/"
            : gatewayOverride != null ? gatewayOverride.toString() : gatewayUri().toString();
        send(exchange, 200, JSON.createObjectNode().put("url", url).put("shards", 1).set("session_start_limit", limit));
      } else if (request.is("PUT", "applications/\\d+/commands")) {
        send(exchange, 200, JSON.createArrayNode());
      } else if (request.is("POST", "users/@me/channels")) {
        String recipient = body.path("recipient_id").asText();
        send(exchange, 200, JSON.createObjectNode().put("id", dmChannel(recipient)).put("type", 1)
            .put("last_message_id", (String) null).set("recipients", JSON.createArrayNode().add(user(recipient, "camille", false))));
      } else if (request.is("POST", "channels/\\d+/messages")) {
        String channel = path.split("/")[1];
        if (directMessagesClosed && !channel.equals(CHANNEL)) {
          send(exchange, 403, JSON.createObjectNode().put("message", "Cannot send messages to this user").put("code", 50007));
          return;
        }
        send(exchange, 200, sentMessage(channel, body));
      } else if (request.is("PUT", "channels/\\d+/messages/\\d+/reactions/.+/@me")) {
        send(exchange, 204, null);
      } else if (request.is("POST", "interactions/\\d+/[^/]+/callback")) {
        send(exchange, 204, null);
      } else if (request.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original")) {
        send(exchange, 200, sentMessage(CHANNEL, body));
      } else if (request.is("DELETE", "webhooks/\\d+/[^/]+/messages/@original")) {
        send(exchange, 204, null);
      } else {
        send(exchange, 404, JSON.createObjectNode().put("message", "404: Not Found").put("code", 0));
      }
    } catch (RuntimeException e) {
      e.printStackTrace(); // the test server's own bug: visible in the test's output
      throw e;
    }
  }

  /** JSON body, or the {@code payload_json} part of multipart/form-data (a message with files). */
  private static JsonNode body(String contentType, byte[] raw) throws IOException {
    if (raw.length == 0) {
      return JSON.createObjectNode();
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    if (contentType != null && contentType.startsWith("multipart/")) {
      int part = text.indexOf("name=\"payload_json\"");
      int start = text.indexOf("\r\n\r\n", part) + 4;
      int end = text.indexOf("\r\n--", start);
      ObjectNode payload = (ObjectNode) JSON.readTree(text.substring(start, end));
      ArrayNode files = payload.putArray("_files");
      for (int at = text.indexOf("filename=\""); at >= 0; at = text.indexOf("filename=\"", at + 1)) {
        files.add(text.substring(at + 10, text.indexOf('"', at + 10)));
      }
      return payload;
    }
    return JSON.readTree(text);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private ObjectNode sentMessage(String channel, JsonNode body) {
    ObjectNode message = message(String.valueOf(ids.incrementAndGet()), channel, botUser(), body.path("content").asText(""));
    if (body.has("embeds")) {
      ArrayNode embeds = message.putArray("embeds");
      for (JsonNode embed : body.get("embeds")) {
        embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich")); // Discord adds the type
      }
    }
    if (body.has("components")) {
      message.set("components", body.get("components"));
    }
    return message;
  }

  static String dmChannel(String user) {
    return String.valueOf(DM_BASE + Long.parseLong(user) % 1_000_000L);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- entities

  static ObjectNode user(String id, String name, boolean bot) {
    return JSON.createObjectNode().put("id", id).put("username", name).put("discriminator", "0")
        .put("global_name", (String) null).put("avatar", (String) null).put("bot", bot).put("public_flags", 0);
  }

  static ObjectNode botUser() {
    return user(BOT, "Permanence", true).put("verified", true).put("mfa_enabled", false).put("flags", 0);
  }

  static ObjectNode member(ObjectNode user, String... roles) {
    ObjectNode member = JSON.createObjectNode();
    if (user != null) {
      member.set("user", user);
    }
    ArrayNode list = member.putArray("roles");
    for (String role : roles) {
      list.add(role);
    }
    return member.put("joined_at", "2025-01-06T09:00:00.000000+00:00").put("deaf", false).put("mute", false)
        .put("flags", 0).put("pending", false).put("nick", (String) null);
  }

  private static ObjectNode role(String id, String name, long permissions, int position) {
    ObjectNode role = JSON.createObjectNode().put("id", id).put("name", name).put("permissions", String.valueOf(permissions))
        .put("position", position).put("color", 0).put("hoist", false).put("managed", false).put("mentionable", true)
        .put("flags", 0);
    role.putObject("colors").put("primary_color", 0).put("secondary_color", (String) null)
        .put("tertiary_color", (String) null);
    return role;
  }

  private static ObjectNode textChannel() {
    return JSON.createObjectNode().put("id", CHANNEL).put("type", 0).put("guild_id", GUILD).put("name", "accueil")
        .put("position", 0).put("nsfw", false).put("topic", (String) null).put("last_message_id", (String) null)
        .put("rate_limit_per_user", 0).put("parent_id", (String) null).set("permission_overwrites", JSON.createArrayNode());
  }

  static ObjectNode message(String id, String channel, ObjectNode author, String content) {
    ObjectNode message = JSON.createObjectNode().put("id", id).put("channel_id", channel).put("type", 0)
        .put("content", content).put("timestamp", Instant.now().toString()).put("edited_timestamp", (String) null)
        .put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", 0);
    message.set("author", author);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    return message;
  }

  private ObjectNode guild() {
    ObjectNode guild = JSON.createObjectNode().put("id", GUILD).put("name", "Syndicat").put("owner_id", "940000000000000099")
        .put("unavailable", false).put("member_count", 3).put("large", false).put("preferred_locale", "fr")
        .put("afk_timeout", 300).put("joined_at", "2025-01-06T09:00:00.000000+00:00");
    // @everyone may read and write; the two roles add nothing (the bot checks names, not permissions).
    // The permissions docs/chat.md asks for: view, send, embed links, attach files, read history, add reactions.
    long asked = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16) | (1L << 6);
    guild.putArray("roles").add(role(GUILD, "@everyone", asked, 0)).add(role(TRAINER_ROLE, "Formateurs", 0, 1))
        .add(role(MODERATOR_ROLE, "Modération", 0, 2));
    guild.putArray("channels").add(textChannel());
    guild.putArray("members").add(member(botUser()));
    for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers", "voice_states", "presences",
        "features", "soundboard_sounds")) {
      guild.putArray(empty);
    }
    return guild;
  }

  // ---------------------------------------------------------------- events

  /** A member's message in the guild channel, mentioning the bot when {@code mention}. */
  void guildMessage(String messageId, String content, boolean mention, String... roles) throws InterruptedException {
    ObjectNode author = user(MEMBER, "camille", false);
    ObjectNode message = message(messageId, CHANNEL, author, content).put("guild_id", GUILD);
    message.set("member", member(null, roles));
    if (mention) {
      ObjectNode self = botUser();
      self.set("member", member(null));
      ((ArrayNode) message.get("mentions")).add(self);
    }
    dispatch("MESSAGE_CREATE", message);
  }

  /** A member's message in the guild channel mentioning the bot, with a picture attached. */
  void guildMessageWithPicture(String messageId, String content) throws InterruptedException {
    ObjectNode message = message(messageId, CHANNEL, user(MEMBER, "camille", false), content).put("guild_id", GUILD);
    message.set("member", member(null));
    ObjectNode self = botUser();
    self.set("member", member(null));
    ((ArrayNode) message.get("mentions")).add(self);
    String url = "https://cdn.discordapp.com/attachments/" + CHANNEL + "/" + messageId + "/fiche-de-paie.png";
    ((ArrayNode) message.get("attachments")).addObject().put("id", messageId).put("filename", "fiche-de-paie.png")
        .put("size", 48_213).put("url", url).put("proxy_url", url).put("content_type", "image/png")
        .put("width", 800).put("height", 1_100);
    dispatch("MESSAGE_CREATE", message);
  }

  /** A member's direct message to the bot. */
  void directMessage(String messageId, String content) throws InterruptedException {
    dispatch("MESSAGE_CREATE", message(messageId, dmChannel(MEMBER), user(MEMBER, "camille", false), content));
  }

  /**
   * A snowflake made now: Discord's ids carry their creation time, and JDA refuses to answer an
   * interaction whose id says it is older than Discord's 15 minutes.
   */
  String snowflake() {
    long discordEpoch = 1420070400000L;
    return String.valueOf(((System.currentTimeMillis() - discordEpoch) << 22) | (ids.incrementAndGet() & 0xFFF));
  }

  /** A slash command in the guild channel: {@code /name [sub] option:value…}; returns the interaction id. */
  String slash(String name, String sub, List<String[]> options, String... roles) throws InterruptedException {
    String interactionId = snowflake();
    ArrayNode values = JSON.createArrayNode();
    for (String[] option : options) {
      values.add(JSON.createObjectNode().put("name", option[0]).put("type", 3).put("value", option[1]));
    }
    ObjectNode data = JSON.createObjectNode().put("id", "970000000000000001").put("name", name).put("type", 1);
    if (sub == null) {
      data.set("options", values);
    } else {
      data.putArray("options").add(JSON.createObjectNode().put("name", sub).put("type", 1).set("options", values));
    }
    dispatch("INTERACTION_CREATE", interaction(interactionId, 2, data, roles));
    return interactionId;
  }

  /** A click on the button {@code customId} under one of the bot's messages; returns the interaction id. */
  String button(String customId, String... roles) throws InterruptedException {
    String interactionId = snowflake();
    ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
    ObjectNode interaction = interaction(interactionId, 3, data, roles);
    ObjectNode button = JSON.createObjectNode().put("type", 2).put("style", 1).put("label", "?").put("custom_id", customId);
    ObjectNode row = JSON.createObjectNode().put("type", 1);
    row.putArray("components").add(button);
    ObjectNode message = message(String.valueOf(ids.incrementAndGet()), CHANNEL, botUser(), "Une réponse");
    message.putArray("components").add(row);
    interaction.set("message", message);
    dispatch("INTERACTION_CREATE", interaction);
    return interactionId;
  }

  private static ObjectNode interaction(String id, int type, ObjectNode data, String... roles) {
    ObjectNode interaction = JSON.createObjectNode().put("id", id).put("application_id", BOT).put("type", type)
        .put("token", "token-" + id).put("version", 1).put("guild_id", GUILD).put("channel_id", CHANNEL)
        .put("locale", "fr").put("guild_locale", "fr").put("app_permissions", "2248473465835073").put("context", 0);
    interaction.set("data", data);
    interaction.putObject("guild").put("id", GUILD).put("locale", "fr").putArray("features");
    interaction.set("channel", textChannel());
    interaction.set("member", member(user(MEMBER, "camille", false), roles).put("permissions", "68608"));
    interaction.putArray("entitlements");
    interaction.putObject("authorizing_integration_owners").put("0", GUILD);
    return interaction;
  }

  /** Sends a DISPATCH event to every connected session. */
  void dispatch(String type, JsonNode data) throws InterruptedException {
    if (!gateway.ready.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no session is ready for " + type);
    }
    gateway.dispatchAll(type, data);
  }

  /** Ends every session with {@code code}, as Discord does when a token is reset while the bot runs. */
  void closeSessions(int code, String reason) {
    for (WebSocket socket : gateway.getConnections()) {
      socket.close(code, reason);
    }
  }

  @Override
  public void close() throws InterruptedException {
    rest.stop(0);
    restThreads.shutdownNow();
    gateway.stop(1000);
  }

  /** The gateway: one zlib stream per connection, sequence numbers, READY then GUILD_CREATE. */
  private final class Gateway extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();

    Gateway(InetSocketAddress address) {
      super(address);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
      String query = handshake.getResourceDescriptor();
      socket.setAttachment(query.contains("compress=zlib-stream") ? new Deflater() : null);
      // Discord's documented interval; JDA heartbeats once at once, then at this pace.
      send(socket, JSON.createObjectNode().put("op", 10).put("s", (String) null).put("t", (String) null)
          .set("d", JSON.createObjectNode().put("heartbeat_interval", 41250)));
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
      try {
        JsonNode payload = JSON.readTree(text);
        switch (payload.path("op").asInt()) {
          case 1 -> send(socket, JSON.createObjectNode().put("op", 11));
          case 2 -> identify(socket, payload.path("d"));
          default -> { } // presence updates, member requests: nothing to answer
        }
      } catch (IOException e) {
        socket.close(4002, "Decode error");
      }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer bytes) {
      socket.close(4002, "Decode error"); // JDA sends JSON text frames with the JSON encoding
    }

    private void identify(WebSocket socket, JsonNode identify) {
      if (refuseIdentify || !TOKEN.equals(identify.path("token").asText())) {
        socket.close(4004, "Authentication failed.");
        return;
      }
      ObjectNode readyEvent = JSON.createObjectNode().put("v", 10).put("session_id", "session-1")
          .put("resume_gateway_url", gatewayUri().toString());
      readyEvent.set("user", botUser());
      readyEvent.putArray("guilds").add(JSON.createObjectNode().put("id", GUILD).put("unavailable", true));
      readyEvent.putArray("private_channels");
      readyEvent.putObject("application").put("id", BOT).put("flags", 0);
      dispatch(socket, "READY", readyEvent);
      dispatch(socket, "GUILD_CREATE", guild());
      ready.countDown();
    }

    void dispatchAll(String type, JsonNode data) {
      for (WebSocket socket : getConnections()) {
        dispatch(socket, type, data);
      }
    }

    private synchronized void dispatch(WebSocket socket, String type, JsonNode data) {
      ObjectNode payload = JSON.createObjectNode().put("op", 0).put("s", sequence.incrementAndGet()).put("t", type);
      payload.set("d", data);
      send(socket, payload);
    }

    private synchronized void send(WebSocket socket, JsonNode payload) {
      byte[] bytes;
      try {
        bytes = JSON.writeValueAsBytes(payload);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Deflater zlib = socket.getAttachment();
      if (zlib == null) {
        socket.send(new String(bytes, StandardCharsets.UTF_8));
        return;
      }
      // zlib-stream: one deflate stream for the connection, each message ending on a sync flush.
      zlib.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      do {
        n = zlib.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length);
      socket.send(out.toByteArray());
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
      Deflater zlib = socket.getAttachment();
      if (zlib != null) {
        zlib.end();
      }
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
      if (socket == null) {
        started.countDown(); // failed to bind: the constructor's wait ends and the test fails on use
      }
    }
  }

  /** The JSON bodies of requests matching {@code test}. */
  List<JsonNode> bodies(Predicate<Request> test) {
    List<JsonNode> bodies = new ArrayList<>();
    for (Request r : requests) {
      if (test.test(r)) {
        bodies.add(r.body());
      }
    }
    return bodies;
  }
}
