package dev.charter.adapter.llm.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.ModelEndpoint;
import dev.charter.application.port.out.ModelRequest;
import dev.charter.testkit.contract.LanguageModelContract;
import io.vavr.control.Try;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SDK against a local server that speaks the Messages API wire format. */
class AnthropicLanguageModelTest extends LanguageModelContract {

  private final MockWebServer server = new MockWebServer();
  private AnthropicLanguageModel model;

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
    model = new AnthropicLanguageModel(endpoint(URI.create(server.url("/").toString())));
  }

  @AfterEach
  void stop() throws IOException {
    model.close();
    server.shutdown();
  }

  private static ModelEndpoint endpoint(URI url) {
    return ModelEndpoint.builder().baseUrl(url).model("judge-model").apiKey("sk-ant-api03-test")
        .timeout(Duration.ofSeconds(2)).maxRetries(0).build();
  }

  @Override
  protected LanguageModel modelReplying(String text) {
    answer(200, message(text, "end_turn"));
    return model;
  }

  @Override
  protected LanguageModel modelThatCannotBeReached() {
    return new AnthropicLanguageModel(endpoint(unreachable("")));
  }

  static String message(String text, String stopReason) {
    String content = text == null ? "[]"
        : "[{\"type\":\"text\",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
            + "\"}]";
    return "{\"id\":\"msg_01\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"judge-model\",\"content\":"
        + content + ",\"stop_reason\":\"" + stopReason + "\",\"stop_sequence\":null,"
        + "\"usage\":{\"input_tokens\":10,\"output_tokens\":5}}";
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody(body));
  }

  @Test
  void sendsTheSystemPromptAndTheMessageAndReturnsTheText() throws InterruptedException {
    answer(200, message("CONSTRAINT csam CLEAR 0.9\nEND", "end_turn"));

    Try<String> reply = model.reply(ModelRequest.of("You are the referee.", "Situation: hello"));

    assertThat(reply.get()).isEqualTo("CONSTRAINT csam CLEAR 0.9\nEND");
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getPath()).isEqualTo("/v1/messages");
    // The SDK decides the header (x-api-key, or a bearer credential); either way the key is sent.
    assertThat(java.util.Arrays.asList(request.getHeader("x-api-key"), request.getHeader("Authorization")))
        .containsAnyOf("sk-ant-api03-test", "Bearer sk-ant-api03-test");
    assertThat(request.getHeader("anthropic-version")).isNotBlank();
    assertThat(request.getBody().readUtf8()).contains("\"model\":\"judge-model\"", "\"system\":\"You are the referee.\"",
        "\"role\":\"user\"", "Situation: hello", "\"max_tokens\":1000");
  }

  @Test
  void anHttpErrorIsAFailureWithItsStatus() {
    answer(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}");

    Try<String> reply = model.reply(ModelRequest.of("i", "m"));

    assertThat(reply.getCause().getMessage()).startsWith("HTTP 401").contains("invalid x-api-key");
  }

  @Test
  void aReplyCutAtTheTokenBudgetOrEmptyIsAFailure() {
    answer(200, message("CONSTRAINT csam CLE", "max_tokens"));
    assertThat(model.reply(ModelRequest.of("i", "m")).getCause()).hasMessage("the reply was cut at the token budget");

    answer(200, message(null, "end_turn"));
    assertThat(model.reply(ModelRequest.of("i", "m")).getCause()).hasMessage("the reply is empty");
  }
}
