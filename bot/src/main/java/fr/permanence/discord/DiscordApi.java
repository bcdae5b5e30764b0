package fr.permanence.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.app.StartupFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The two REST calls made before JDA connects, each turned into a French diagnosis when it fails:
 * who the token belongs to ({@code GET /users/@me}, what {@code serve --check} shows) and where
 * the gateway is ({@code GET /gateway/bot}, which Discord asks bots to use rather than a fixed
 * address). Immutable and thread-safe.
 */
public final class DiscordApi {
  /** Both calls are tiny; an API slower than this is as good as unreachable for a start-up check. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
  /** Longest wait for a TCP connection to the gateway, as JDA's own socket timeout. */
  private static final Duration GATEWAY_CONNECT = Duration.ofSeconds(10);

  /**
   * The bot's account, as Discord knows it.
   *
   * @param id the user id (also the application id of a bot)
   * @param name the user name
   */
  public record BotUser(String id, String name) {}

  private final URI base;
  private final String token;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  public DiscordApi(URI base, String token, HttpClient http) {
    this.base = Objects.requireNonNull(base, "base");
    this.token = Objects.requireNonNull(token, "token");
    this.http = Objects.requireNonNull(http, "http");
  }

  /** The account the token belongs to. */
  public BotUser self() throws StartupFailure, InterruptedException {
    JsonNode user = get("users/@me");
    return new BotUser(user.path("id").asText(""), user.path("username").asText(""));
  }

  /** The gateway address to connect to. */
  public URI gateway() throws StartupFailure, InterruptedException {
    String url = get("gateway/bot").path("url").asText("");
    try {
      URI gateway = URI.create(url);
      if (gateway.getScheme() != null && gateway.getScheme().startsWith("ws") && gateway.getHost() != null) {
        return gateway;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the failure below, which names the bad value
    }
    throw StartupFailure.transientFailure("Discord a répondu à " + base + "gateway/bot sans adresse de connexion "
        + "valable (« " + url + " ») ; nouvel essai au prochain démarrage.", null);
  }

  /**
   * The gateway address, once a TCP connection to it succeeded: when nothing answers there, JDA
   * would retry without pause until the ready timeout, logging each attempt.
   */
  public URI reachableGateway() throws StartupFailure, InterruptedException {
    URI gateway = gateway();
    int port = gateway.getPort() > 0 ? gateway.getPort() : gateway.getScheme().equals("ws") ? 80 : 443;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(gateway.getHost(), port), (int) GATEWAY_CONNECT.toMillis());
    } catch (IOException e) {
      throw StartupFailure.transientFailure("La passerelle de Discord (" + gateway.getHost() + ":" + port
          + ") est injoignable (" + e.getMessage() + ") : vérifiez que la machine peut ouvrir des connexions "
          + "sortantes vers ce port ; nouvel essai au prochain démarrage.", e);
    }
    return gateway;
  }

  private JsonNode get(String path) throws StartupFailure, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_TIMEOUT)
        .header("Authorization", "Bot " + token)
        .header("User-Agent", "DiscordBot (https://github.com/discord-jda/JDA, Permanence)")
        .GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw unreachable(e);
    }
    int status = response.statusCode();
    if (status == 401) {
      throw refusedToken(null);
    }
    if (status == 403) {
      throw StartupFailure.configuration("Discord refuse l'accès (HTTP 403) à " + base + path + " : le compte du bot "
          + "est peut-être suspendu ; voyez le portail des développeurs Discord.", null);
    }
    if (status / 100 != 2) {
      throw StartupFailure.transientFailure("Discord a répondu HTTP " + status + " à " + base + path
          + " : le service est peut-être perturbé (https://discordstatus.com) ; nouvel essai au prochain démarrage.", null);
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw StartupFailure.transientFailure("Réponse illisible de " + base + path + " : " + e.getMessage()
          + " ; nouvel essai au prochain démarrage.", e);
    }
  }

  /** Discord refused the token: only a new token fixes it, so restarting is pointless. */
  static StartupFailure refusedToken(Throwable cause) {
    return StartupFailure.configuration("Discord refuse le jeton du bot (HTTP 401) : PERMANENCE_DISCORD_TOKEN est faux, "
        + "incomplet ou a été régénéré. Copiez le jeton depuis https://discord.com/developers/applications "
        + "(votre application → Bot → Reset Token), mettez-le dans PERMANENCE_DISCORD_TOKEN, puis relancez.", cause);
  }

  private StartupFailure unreachable(IOException e) {
    return StartupFailure.transientFailure("Discord est injoignable (" + base.getHost() + " : "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ") : vérifiez la connexion "
        + "réseau et le pare-feu de la machine ; nouvel essai au prochain démarrage.", e);
  }
}
