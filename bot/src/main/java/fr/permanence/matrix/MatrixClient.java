package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Client-Server API calls the bot makes, with the access token, JSON bodies, and rate
 * limiting handled: on HTTP 429 it waits as long as {@code Retry-After} (or {@code retry_after_ms})
 * says, then tries again. Safe for use by several threads (the HTTP client is; the rest is
 * immutable).
 */
public final class MatrixClient {
  private static final String API = "/_matrix/client/v3";
  /** Attempts of one request refused with 429 before giving up. */
  static final int MAX_ATTEMPTS = 5;
  /** Wait when a 429 names no delay: the spec's examples use a couple of seconds. */
  static final Duration DEFAULT_RETRY = Duration.ofSeconds(2);
  /** Ordinary calls are small; a homeserver slower than this is in trouble. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  /** Margin over the long-poll timeout before the sync request itself times out. */
  private static final Duration SYNC_MARGIN = Duration.ofSeconds(15);
  /**
   * The /sync filter, inline (the spec tells a filter JSON from a filter id by its leading "{").
   * Lazy-loaded members make Synapse send each room's {@code summary}, whose joined member count
   * tells a direct conversation; they also keep the state small in big rooms.
   */
  static final String SYNC_FILTER =
      "{\"room\":{\"state\":{\"lazy_load_members\":true},\"timeline\":{\"lazy_load_members\":true}}}";
  /** Redirects followed for one media download: a CDN behind a media proxy is two hops. */
  static final int MAX_REDIRECTS = 5;

  private final URI base;
  private final String token;
  private final HttpClient http;
  private final Sleeper sleeper;
  private final ObjectMapper json = new ObjectMapper();

  public MatrixClient(URI homeserver, String accessToken, HttpClient http, Sleeper sleeper) {
    String b = homeserver.toString();
    this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
    this.token = Objects.requireNonNull(accessToken, "accessToken");
    this.http = Objects.requireNonNull(http, "http");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** One /sync: the events after {@code since} (all current state when empty), waiting up to {@code timeout}. */
  public JsonNode sync(Optional<String> since, Duration timeout) throws IOException, InterruptedException {
    StringBuilder path = new StringBuilder(API).append("/sync?timeout=").append(timeout.toMillis())
        .append("&filter=").append(encode(SYNC_FILTER));
    since.ifPresent(s -> path.append("&since=").append(encode(s)));
    return call("GET", path.toString(), null, timeout.plus(SYNC_MARGIN));
  }

  /** Joins {@code roomId} (after an invitation). */
  public void join(String roomId) throws IOException, InterruptedException {
    call("POST", API + "/join/" + encode(roomId), json.createObjectNode(), CALL_TIMEOUT);
  }

  /** Leaves {@code roomId}, or declines its invitation. */
  public void leave(String roomId) throws IOException, InterruptedException {
    call("POST", API + "/rooms/" + encode(roomId) + "/leave", json.createObjectNode(), CALL_TIMEOUT);
  }

  /**
   * Sends an event; {@code txnId} makes it idempotent: sending again with the same id (after a
   * timeout, a 429, a restart) yields the same event, never a duplicate. Returns its event id.
   */
  public String send(String roomId, String eventType, String txnId, ObjectNode content)
      throws IOException, InterruptedException {
    JsonNode response = call("PUT", API + "/rooms/" + encode(roomId) + "/send/" + encode(eventType) + "/"
        + encode(txnId), content, CALL_TIMEOUT);
    return response.path("event_id").asText();
  }

  /**
   * Downloads the media {@code mxcUri} ("mxc://server/id") to {@code target}, through the
   * authenticated media endpoint, refusing more than {@code maxBytes}. Returns its size.
   * Redirects (307/308, which the spec allows, to a CDN for instance) are followed; the access
   * token goes only to the homeserver itself, never to where it redirects.
   */
  public long download(String mxcUri, long maxBytes, Path target) throws IOException, InterruptedException {
    Matcher m = MXC.matcher(mxcUri);
    if (!m.matches()) {
      throw new MatrixException("GET media " + mxcUri, 0, "M_INVALID_PARAM", "not a Matrix media address");
    }
    URI uri = URI.create(base + MEDIA + "/download/" + encode(m.group(1)) + "/" + encode(m.group(2)));
    for (int hop = 0; ; hop++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).GET();
      if (sameOrigin(uri, base)) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        int status = response.statusCode();
        Optional<String> location = response.headers().firstValue("Location");
        if (status / 100 == 3 && location.isPresent() && hop < MAX_REDIRECTS) {
          URI next = uri.resolve(location.get().strip());
          if ("http".equals(next.getScheme()) && "https".equals(uri.getScheme())) {
            throw new MatrixException("GET media " + mxcUri, status, "", "redirected from https to http: refused");
          }
          uri = next;
          continue;
        }
        if (status / 100 != 2) {
          throw new MatrixException("GET media " + mxcUri, status, "", "download refused");
        }
        return copy(in, maxBytes, target, mxcUri);
      }
    }
  }

  private static long copy(InputStream in, long maxBytes, Path target, String mxcUri) throws IOException {
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        size += n;
        if (size > maxBytes) {
          // The file announced a smaller size: stop reading, keep nothing.
          throw new MatrixException("GET media " + mxcUri, 413, "M_TOO_LARGE", "media larger than " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    return size;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
        && a.getPort() == b.getPort();
  }

  /** The Matrix ids of the people joined to {@code roomId} (the bot must be in the room). */
  public Set<String> joinedMembers(String roomId) throws IOException, InterruptedException {
    JsonNode joined = call("GET", API + "/rooms/" + encode(roomId) + "/joined_members", null, CALL_TIMEOUT)
        .path("joined");
    Set<String> ids = new HashSet<>();
    joined.fieldNames().forEachRemaining(ids::add);
    return ids;
  }

  /** Whom the access token belongs to: the account's Matrix id. */
  public String whoami() throws IOException, InterruptedException {
    return call("GET", API + "/account/whoami", null, CALL_TIMEOUT).path("user_id").asText("");
  }

  /** The content of the room's {@code m.room.power_levels} state event. */
  public JsonNode powerLevels(String roomId) throws IOException, InterruptedException {
    return call("GET", API + "/rooms/" + encode(roomId) + "/state/m.room.power_levels/", null, CALL_TIMEOUT);
  }

  private JsonNode call(String method, String path, JsonNode body, Duration timeout)
      throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(timeout)
          .header("Authorization", "Bearer " + token)
          .header("Accept", "application/json");
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode answer = parse(response.body());
      if (response.statusCode() == 429 && attempt < MAX_ATTEMPTS) {
        sleeper.sleep(retryAfter(response, answer));
        continue;
      }
      if (response.statusCode() / 100 != 2) {
        throw new MatrixException(method + " " + path.replaceAll("since=[^&]*", "since=…"), response.statusCode(),
            answer.path("errcode").asText(""), answer.path("error").asText(response.body()));
      }
      return answer;
    }
  }

  /** How long a 429 asks to wait: the Retry-After header in seconds, else the body's retry_after_ms. */
  static Duration retryAfter(HttpResponse<?> response, JsonNode body) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    if (header.isPresent() && header.get().strip().matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(header.get().strip()));
    }
    if (body.path("retry_after_ms").canConvertToLong()) {
      return Duration.ofMillis(body.path("retry_after_ms").asLong());
    }
    return DEFAULT_RETRY;
  }

  private JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return json.createObjectNode();
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      // A proxy's HTML error page: keep it as the error text, the status code says the rest.
      return json.createObjectNode().put("error", body.length() > 200 ? body.substring(0, 200) : body);
    }
  }

  /** A media address: server name and media id. */
  private static final Pattern MXC = Pattern.compile("mxc://([^/]+)/([A-Za-z0-9_-]+)");
  /** Authenticated media (Matrix 1.11), where downloads need the access token. */
  private static final String MEDIA = "/_matrix/client/v1/media";

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
