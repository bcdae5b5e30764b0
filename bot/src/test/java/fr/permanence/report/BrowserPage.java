package fr.permanence.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page in Debian's headless Chromium, driven over the DevTools protocol on loopback: the test
 * types into the page as a person would ({@code Input.insertText}), reads what it shows, and takes
 * screenshots. No network but 127.0.0.1, no profile kept.
 */
final class BrowserPage implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A cold start on a loaded 2-core machine takes a few seconds; a minute means it hung. */
  private static final long TIMEOUT_SECONDS = 60;
  private static final Pattern DEVTOOLS_LISTENING = Pattern.compile("DevTools listening on ws://[^:/]+:(\\d+)/");

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  /** Replies awaited, by command id; filled by {@link #call}, completed by the socket's listener. */
  private final Map<Integer, CompletableFuture<JsonNode>> listenerPending;
  /** Replies awaited, by command id; filled by {@link #call}, completed by the socket's listener. */
  private BrowserPage(Process process, WebSocket socket, Map<Integer, CompletableFuture<JsonNode>> pending) {
    this.process = process;
    this.socket = socket;
    this.listenerPending = pending;
  }

  /** Opens {@code html} in a fresh headless Chromium whose profile lives in {@code profile}. */
  static BrowserPage open(Path html, Path profile) throws Exception {
    Files.createDirectories(profile);
    Process process = new ProcessBuilder(Chromium.BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int port;
    try {
      port = devToolsPort(process).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("chromium did not open its DevTools port", e);
    }
    // The report's own page, created by the browser before it answers: its address is known at once.
    HttpClient http = HttpClient.newHttpClient();
    URI create = URI.create("http://127.0.0.1:" + port + "/json/new?" + html.toUri());
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(create).PUT(HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build(), HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 200) {
      process.destroyForcibly();
      throw new IOException("chromium did not open the report: HTTP " + created.statusCode() + " " + created.body());
    }
    String wsUrl = JSON.readTree(created.body()).path("webSocketDebuggerUrl").asText();
    Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    StringBuilder partial = new StringBuilder();
    WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(wsUrl), new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
              try {
                JsonNode message = JSON.readTree(partial.toString());
                CompletableFuture<JsonNode> f = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
                if (f != null) {
                  f.complete(message);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              partial.setLength(0);
            }
            ws.request(1);
            return null;
          }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    BrowserPage page = new BrowserPage(process, socket, pending);
    page.call("Page.enable", JSON.createObjectNode());
    // The page target may still show about:blank when it is first listed: wait for the report itself.
    page.waitFor("location.protocol === 'file:' && document.readyState === 'complete'");
    return page;
  }

  /**
   * The port Chromium's DevTools listen on, from the line it prints on its error stream once they
   * do ("DevTools listening on ws://127.0.0.1:PORT/..."); the stream is read to its end so the
   * browser never blocks on a full pipe. Fails when the browser exits without printing it.
   */
  private static CompletableFuture<Integer> devToolsPort(Process process) {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("chromium-stderr").start(() -> {
      try (BufferedReader err = process.errorReader(StandardCharsets.UTF_8)) {
        for (String line; (line = err.readLine()) != null; ) {
          Matcher m = DEVTOOLS_LISTENING.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
        port.completeExceptionally(new IOException("chromium exited (status " + process.waitFor() + ")"));
      } catch (IOException | InterruptedException e) {
        port.completeExceptionally(e);
      }
    });
    return port;
  }

  /** Sends a DevTools command and waits for its result. */
  JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> done = new CompletableFuture<>();
    listenerPending.put(id, done);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    JsonNode reply = done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IOException(method + " failed: " + reply.get("error"));
    }
    return reply.get("result");
  }

  /** Evaluates JavaScript in the page and returns its value. */
  JsonNode eval(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IOException("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  void waitFor(String condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!eval("!!(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("timed out waiting for " + condition);
      }
      Thread.sleep(50);
    }
  }

  /** Clicks into the element and types {@code text} as keyboard input. */
  void type(String cssSelector, String text) throws Exception {
    eval("document.querySelector(" + JSON.writeValueAsString(cssSelector) + ").focus()");
    call("Input.insertText", JSON.createObjectNode().put("text", text));
  }

  /** Chooses the option with this visible text in a select, as a person picking from the list does. */
  void choose(String cssSelector, String optionText) throws Exception {
    String s = JSON.writeValueAsString(cssSelector);
    String o = JSON.writeValueAsString(optionText);
    eval("(function(){var s=document.querySelector(" + s + ");s.focus();"
        + "var opt=[].find.call(s.options,function(x){return x.text===" + o + ";});"
        + "if(!opt){throw new Error('no option '+" + o + ");}"
        + "s.value=opt.value;s.dispatchEvent(new Event('input',{bubbles:true}));"
        + "s.dispatchEvent(new Event('change',{bubbles:true}));})()");
  }

  /**
   * Saves a full-page screenshot at this window width to {@code png}; returns how many CSS pixels
   * the page is wider than the window (0 when nobody has to scroll sideways).
   */
  int screenshot(int width, Path png) throws Exception {
    call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", 800)
        .put("deviceScaleFactor", 1).put("mobile", width < 600));
    // The override applies to the page's next layout; reading the sizes below forces that layout.
    waitFor("window.innerWidth === " + width);
    int overflow = eval("document.documentElement.scrollWidth - document.documentElement.clientWidth").asInt();
    int height = eval("document.documentElement.scrollHeight").asInt();
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", width)
        .put("height", Math.min(height, 12_000)).put("scale", 1);
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    JsonNode shot = call("Page.captureScreenshot", params);
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    return overflow;
  }

  /** The texts of the rows the list still shows. */
  List<String> visibleRows() throws Exception {
    List<String> rows = new ArrayList<>();
    for (JsonNode n : eval("[].map.call(document.querySelectorAll('#question-list tbody tr:not([hidden])'),"
        + "function(r){return r.querySelector('td[data-label=Question] bdi').textContent;})")) {
      rows.add(n.asText());
    }
    return rows;
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is killed next either way.
    }
    // Chromium's helpers (renderer, GPU, zygote) may outlive it a moment and keep writing the profile.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    for (ProcessHandle helper : helpers) {
      helper.destroy();
      try {
        helper.onExit().get(10, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        helper.destroyForcibly();
      }
    }
  }
}
