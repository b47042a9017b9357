package dev.charter.interchange.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real Chromium, headless, driven over the DevTools protocol on 127.0.0.1: enough to open a page,
 * read its rendered layout with JavaScript, see every request it makes, and take a screenshot. No
 * driver binary and no library beyond the JDK's WebSocket client and Jackson.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(30);
  /** What the browser printed, kept for when it fails to start. */
  private static final Path OUTPUT = Path.of("target", "browser", "chromium.log");

  private final Process process;
  private final Path profile;
  private WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> requestedUrls = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger ids = new AtomicInteger();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
  /** Set once the connection is gone: later calls fail at once instead of waiting out their timeout. */
  private volatile Throwable gone;
  private String session;

  private HeadlessChromium(Path executable) throws Exception {
    profile = Files.createTempDirectory("charter-chromium-");
    Files.createDirectories(OUTPUT.getParent());
    // The flags keep a headless browser from reaching for the network on its own (updates, sync,
    // field trials), which a closed machine refuses; --no-sandbox because tests may run as root.
    process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true).redirectOutput(OUTPUT.toFile()).start();
    try {
      socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create(browserEndpoint()), new Listener()).get(REPLY.toSeconds(), TimeUnit.SECONDS);
      String target = send("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
          .get("targetId").asText();
      session = send("Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
          .get("sessionId").asText();
      send("Page.enable", JSON.createObjectNode());
      send("Network.enable", JSON.createObjectNode());
    } catch (Exception e) {
      try {
        close();
      } catch (Exception cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** The browser, or empty when this machine has none (Debian: {@code apt-get install chromium}). */
  static Optional<HeadlessChromium> start() throws Exception {
    Optional<Path> executable = executable();
    return executable.isEmpty() ? Optional.empty() : Optional.of(new HeadlessChromium(executable.get()));
  }

  /** {@code CHARTER_CHROMIUM} if set (and then it must be a program), else the first browser on the PATH. */
  static Optional<Path> executable() {
    String configured = System.getenv("CHARTER_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      if (!Files.isExecutable(Path.of(configured))) {
        throw new IllegalStateException("CHARTER_CHROMIUM=" + configured + " is not an executable program");
      }
      return Optional.of(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(name -> Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Opens {@code file} in a viewport of the given size and waits for it to load. */
  void open(Path file, int width, int height) throws Exception {
    send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", width < 600));
    loaded = new CompletableFuture<>();
    JsonNode navigated = send("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
    if (navigated.hasNonNull("errorText")) {
      throw new IllegalStateException("Chromium could not open " + file + ": " + navigated.get("errorText").asText());
    }
    loaded.get(REPLY.toSeconds(), TimeUnit.SECONDS);
  }

  /** The value of a JavaScript expression evaluated in the page, as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode reply = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true));
    if (reply.has("exceptionDetails")) {
      throw new IllegalStateException("the page threw on " + expression + ": " + reply.get("exceptionDetails"));
    }
    return reply.get("result").path("value");
  }

  /** A PNG of the whole page, for a person to look at. */
  void screenshot(Path png) throws Exception {
    JsonNode reply = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")
        .put("captureBeyondViewport", true));
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(reply.get("data").asText()));
  }

  /** Every URL the page has asked for since the browser started, the page itself included. */
  List<String> requestedUrls() {
    synchronized (requestedUrls) {
      return List.copyOf(requestedUrls);
    }
  }

  private JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    if (gone != null) {
      pending.remove(id);
      throw new IllegalStateException("Chromium is gone: " + gone.getMessage(), gone);
    }
    socket.sendText(JSON.writeValueAsString(message), true).get(REPLY.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(REPLY.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** Chromium writes its port and browser path to DevToolsActivePort in the profile once it listens. */
  private String browserEndpoint() throws IOException, InterruptedException {
    Path portFile = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium exited at start with code " + process.exitValue() + "; it said:\n"
            + lastLines());
      }
      if (Files.exists(portFile)) {
        List<String> lines = Files.readAllLines(portFile);
        if (lines.size() >= 2) {
          return "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip();
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Chromium did not open its DevTools port within " + STARTUP.toSeconds()
        + " s; it said:\n" + lastLines());
  }

  private static String lastLines() throws IOException {
    List<String> lines = Files.readAllLines(OUTPUT);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  /** Stops the browser and its helper processes, then removes its profile (as far as it can). */
  @Override
  public void close() throws Exception {
    if (socket != null) {
      socket.abort();
    }
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    helpers.forEach(ProcessHandle::destroyForcibly);
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a helper still writing into the profile: it is a temporary folder, and the test is over
    }
  }

  /** Gathers each message's frames, answers pending commands, and records the events tests read. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder frames = new StringBuilder();

    /** A browser gone is every pending call failed now, not after its timeout. */
    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      failAll(new IllegalStateException("Chromium closed the connection (" + statusCode + " " + reason + ")"));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      failAll(error);
    }

    private void failAll(Throwable error) {
      gone = error;
      pending.values().forEach(reply -> reply.completeExceptionally(error));
      pending.clear();
      loaded.completeExceptionally(error);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      frames.append(data);
      if (last) {
        dispatch(frames.toString());
        frames.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private void dispatch(String text) {
      JsonNode message;
      try {
        message = JSON.readTree(text);
      } catch (IOException e) {
        throw new IllegalStateException("Chromium sent something that is not JSON: " + text, e);
      }
      if (message.has("id")) {
        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
        if (reply != null) {
          reply.complete(message);
        }
        return;
      }
      switch (message.path("method").asText()) {
        case "Network.requestWillBeSent" -> requestedUrls.add(message.at("/params/request/url").asText());
        case "Page.loadEventFired" -> loaded.complete(null);
        default -> { }
      }
    }
  }
}
