package fr.permanence.cli;

import fr.permanence.app.StartupFailure;
import fr.permanence.discord.DiscordApi;
import fr.permanence.discord.DiscordSettings;
import fr.permanence.matrix.MatrixClient;
import fr.permanence.matrix.MatrixException;
import fr.permanence.matrix.MatrixSettings;
import fr.permanence.matrix.Sleeper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code serve --check} learns by asking each configured service who the bot is: Discord's
 * {@code /users/@me} and gateway, Matrix's {@code /account/whoami} (and that it names the
 * configured user). One French line per service, and the exit status {@code serve} would have.
 */
final class ServeCheck {
  /**
   * @param lines what works and what does not, in French
   * @param exitStatus 0 when everything answered as configured, else the worst failure's status
   */
  record Result(List<String> lines, int exitStatus) {}

  private final HttpClient http;
  private final Sleeper sleeper;

  ServeCheck(HttpClient http, Sleeper sleeper) {
    this.http = http;
    this.sleeper = sleeper;
  }

  Result run(ServeConfig config) throws InterruptedException {
    List<String> lines = new ArrayList<>();
    int status = 0;
    if (config.discord().isPresent()) {
      status = Math.max(status, probe("Discord", () -> discord(config.discord().get()), lines));
    }
    if (config.matrix().isPresent()) {
      status = Math.max(status, probe("Matrix", () -> matrix(config.matrix().get()), lines));
    }
    return new Result(lines, status);
  }

  /** One service's check: says what it found or why it failed. */
  @FunctionalInterface
  private interface Probe {
    String run() throws InterruptedException;
  }

  /** Adds the probe's line to {@code lines}; returns its exit status. */
  private static int probe(String service, Probe probe, List<String> lines) throws InterruptedException {
    try {
      lines.add(probe.run());
      return 0;
    } catch (StartupFailure e) {
      lines.add(service + " : " + e.getMessage());
      return e.exitStatus();
    }
  }

  private String discord(DiscordSettings settings) throws InterruptedException {
    DiscordApi api = new DiscordApi(settings.api(), settings.token(), http);
    DiscordApi.BotUser self = api.self();
    api.reachableGateway();
    return "Discord : jeton accepté, le bot est « " + self.name() + " » (identifiant " + self.id()
        + ") ; la passerelle répond.";
  }

  private String matrix(MatrixSettings settings) throws InterruptedException {
    String user;
    try {
      user = new MatrixClient(settings.homeserver(), settings.accessToken(), http, sleeper).whoami();
    } catch (MatrixException e) {
      throw matrixRefusal(e, settings);
    } catch (IOException e) {
      throw StartupFailure.transientFailure("le serveur " + settings.homeserver() + " est injoignable ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ") : vérifiez l'adresse "
          + "PERMANENCE_MATRIX_HOMESERVER et la connexion réseau ; nouvel essai au prochain démarrage.", e);
    }
    if (!user.equals(settings.userId())) {
      throw StartupFailure.configuration("le jeton PERMANENCE_MATRIX_TOKEN appartient à « " + user
          + " », pas à PERMANENCE_MATRIX_USER (« " + settings.userId() + " ») : corrigez l'un ou l'autre.", null);
    }
    return "Matrix : jeton accepté par " + settings.homeserver() + " pour " + user + ".";
  }

  private static StartupFailure matrixRefusal(MatrixException e, MatrixSettings settings) {
    if (e.status() == 401) {
      return StartupFailure.configuration("le serveur refuse le jeton (" + e.errcode() + ") : PERMANENCE_MATRIX_TOKEN "
          + "est faux ou a été révoqué (par exemple en fermant la session dans Element) ; obtenez-en un nouveau "
          + "(docs/chat.md, « Obtenir un jeton d'accès Matrix »).", e);
    }
    if (e.status() == 404 || e.status() == 405) {
      return StartupFailure.configuration(settings.homeserver() + " ne répond pas comme un serveur Matrix (HTTP "
          + e.status() + " sur /account/whoami) : vérifiez PERMANENCE_MATRIX_HOMESERVER (l'adresse du serveur, "
          + "par exemple https://matrix.exemple.org).", e);
    }
    if (e.status() == 403) {
      return StartupFailure.configuration("le serveur refuse l'accès au compte (" + e.errcode() + ", HTTP 403) : "
          + "le compte du bot est peut-être désactivé ; voyez l'administration du serveur.", e);
    }
    return StartupFailure.transientFailure("le serveur a répondu HTTP " + e.status() + " (" + e.errcode() + ") : "
        + "il est peut-être perturbé ; nouvel essai au prochain démarrage.", e);
  }
}
