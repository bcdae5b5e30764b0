package fr.permanence.discord;

import fr.permanence.app.StartupFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's session with Discord: connecting (the token and the API checked first, in French),
 * waiting until the session is ready, telling why Discord ended it, and disconnecting. Needs no
 * privileged intent: Discord sends the content of messages that mention the bot and of direct
 * messages without MESSAGE_CONTENT.
 *
 * <p>Thread-safety: {@link #open} and {@link #close} are synchronized and called once each, by
 * the bot; JDA calls the listener methods on its own threads.
 */
final class DiscordSession extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordSession.class);
  /** Time given to JDA to close its connection cleanly before it is cut. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final DiscordSettings settings;
  private final Consumer<StartupFailure> failures;
  private final HttpClient http;
  /** Released when the session is ready, or when JDA shuts down before that. */
  private final CountDownLatch started = new CountDownLatch(1);
  /** Why JDA shut down by itself (a token revoked, intents refused), when it did. */
  private volatile StartupFailure stoppedBy;
  /** Set once the bot is closing: a shutdown we asked for is not a failure. */
  private volatile boolean closing;
  private JDA jda;

  /**
   * @param failures told when Discord ends the session for good once started (a token revoked
   *     while running): the process must stop with the failure's status
   */
  DiscordSession(DiscordSettings settings, Consumer<StartupFailure> failures) {
    this.settings = settings;
    this.failures = failures;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Connects with {@code listener} hearing the events, and waits until the session is ready.
   *
   * @throws StartupFailure a configuration error (token refused, intents not allowed) or a
   *     transient one (Discord unreachable, no session within {@link DiscordSettings#readyTimeout})
   */
  synchronized JDA open(Object listener) throws StartupFailure, InterruptedException {
    // Asked first, with our own client, so that a refused token or an unreachable API is told in French.
    URI gateway = new DiscordApi(settings.api(), settings.token(), http).reachableGateway();
    try {
      jda = JDABuilder.createLight(settings.token(), EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES))
          .setRestConfig(new RestConfig().setBaseUrl(settings.api().toString()))
          .setSessionController(new GatewayFromApi(gateway))
          .setEnableShutdownHook(false) // serve stops us in order, after the answers being written
          .addEventListeners(this, listener)
          .build();
    } catch (InvalidTokenException e) {
      throw DiscordApi.refusedToken(e);
    } catch (RuntimeException e) {
      // JDA's login failed otherwise (the API vanished between our call and its own): try again later.
      throw StartupFailure.transientFailure("Connexion à Discord impossible : " + e.getMessage()
          + " ; nouvel essai au prochain démarrage.", e);
    }
    if (!started.await(settings.readyTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
      closing = true; // this shutdown is ours: the failure is the timeout, said below
      jda.shutdownNow();
      throw StartupFailure.transientFailure("La passerelle de Discord (" + gateway.getHost() + ") n'a pas ouvert de "
          + "session en " + settings.readyTimeout().toSeconds() + " s : vérifiez que la machine peut ouvrir des "
          + "connexions WebSocket sortantes (port 443) ; nouvel essai au prochain démarrage.", null);
    }
    if (stoppedBy != null) {
      throw stoppedBy;
    }
    return jda;
  }

  @Override
  public void onReady(ReadyEvent event) {
    started.countDown();
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    if (closing) {
      return;
    }
    StartupFailure failure = ended(event.getCloseCode(), event.getCode());
    LOG.error("Discord ended the session: {}", failure.getMessage());
    stoppedBy = failure;
    if (started.getCount() > 0) {
      started.countDown(); // open() reports it
    } else {
      failures.accept(failure);
    }
  }

  /** Why the gateway closed the session for good, in French, as a configuration error or a transient one. */
  static StartupFailure ended(CloseCode code, int raw) {
    if (code == CloseCode.AUTHENTICATION_FAILED) {
      return DiscordApi.refusedToken(null);
    }
    if (code == CloseCode.DISALLOWED_INTENTS || code == CloseCode.INVALID_INTENTS) {
      return StartupFailure.configuration("Discord refuse les intents demandés (code " + raw + ") : le bot n'en "
          + "demande aucun de privilégié ; vérifiez l'application sur https://discord.com/developers/applications.", null);
    }
    return StartupFailure.transientFailure("Discord a fermé la session (code " + raw
        + (code == null ? "" : " : " + code.getMeaning()) + ") ; nouvel essai au prochain démarrage.", null);
  }

  /** From now on, the session ending is the bot closing, not a failure to report. */
  void closing() {
    closing = true;
  }

  /** Disconnects cleanly, cutting the connection after a bounded wait. */
  synchronized void close() throws InterruptedException {
    closing = true;
    if (jda != null) {
      jda.shutdown();
      if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
        jda.shutdownNow();
      }
      jda = null;
    }
  }

  /** Connects to the gateway Discord named in {@code /gateway/bot} (JDA alone would use a fixed address). */
  private static final class GatewayFromApi extends SessionControllerAdapter {
    private final URI gateway;

    GatewayFromApi(URI gateway) {
      this.gateway = gateway;
    }

    @Override
    public String getGateway() {
      return gateway.toString();
    }
  }
}
