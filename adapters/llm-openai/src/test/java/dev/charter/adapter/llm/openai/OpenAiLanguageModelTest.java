package dev.charter.adapter.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.ModelEndpoint;
import dev.charter.application.port.out.ModelRequest;
import dev.charter.testkit.contract.LanguageModelContract;
import io.vavr.control.Try;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SDK against a local server that speaks the chat completions wire format. */
class OpenAiLanguageModelTest extends LanguageModelContract {

  private final MockWebServer server = new MockWebServer();
  private OpenAiLanguageModel model;

  @BeforeEach
  void start() throws IOException {
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    model = new OpenAiLanguageModel(ModelEndpoint.builder()
        .baseUrl(URI.create(server.url("/v1").toString()))
        .model("judge-model")
        .apiKey("test-key")
        .timeout(Duration.ofSeconds(2))
        .maxRetries(0)
        .build());
  }

  @AfterEach
  void stop() throws IOException {
    model.close();
    server.shutdown();
  }

  @Override
  protected LanguageModel modelReplying(String text) {
    answer(200, completion(text, "stop"));
    return model;
  }

  @Override
  protected LanguageModel modelThatCannotBeReached() {
    return new OpenAiLanguageModel(ModelEndpoint.builder()
        .baseUrl(unreachable("/v1"))
        .model("judge-model").apiKey("k").maxRetries(0).build());
  }

  static String completion(String content, String finishReason) {
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764200000,\"model\":\"judge-model\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + json(content)
        + ",\"refusal\":null},\"finish_reason\":\"" + finishReason + "\",\"logprobs\":null}],"
        + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
  }

  private static String json(String text) {
    return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
  }

  @Test
  void sendsTheInstructionsAndTheMessageAndReturnsTheReply() throws InterruptedException {
    answer(200, completion("CONSTRAINT csam CLEAR 0.9\nEND", "stop"));

    Try<String> reply = model.reply(ModelRequest.of("You are the referee.", "Situation: hello"));

    assertThat(reply.get()).isEqualTo("CONSTRAINT csam CLEAR 0.9\nEND");
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getPath()).isEqualTo("/v1/chat/completions");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
    String body = request.getBody().readUtf8();
    assertThat(body).contains("\"model\":\"judge-model\"", "\"role\":\"system\"", "You are the referee.",
        "\"role\":\"user\"", "Situation: hello", "\"max_completion_tokens\":1000");
    assertThat(model.name()).isEqualTo("judge-model at " + server.url("/v1"));
  }

  @Test
  void anHttpErrorIsAFailureWithItsStatus() {
    answer(401, "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}");

    Try<String> reply = model.reply(ModelRequest.of("i", "m"));

    assertThat(reply.isFailure()).isTrue();
    assertThat(reply.getCause().getMessage()).startsWith("HTTP 401").contains("Incorrect API key");
  }

  @Test
  void aReplyCutAtTheTokenBudgetIsAFailure() {
    answer(200, completion("CONSTRAINT csam CLE", "length"));

    assertThat(model.reply(ModelRequest.of("i", "m")).getCause()).hasMessage("the reply was cut at the token budget");
  }

  @Test
  void anEmptyReplyIsAFailure() {
    answer(200, completion(null, "stop"));

    assertThat(model.reply(ModelRequest.of("i", "m")).getCause()).hasMessage("the reply is empty");
  }

  @Test
  void aSlowEndpointTimesOut() {
    server.enqueue(new MockResponse().setBody(completion("END", "stop")).setHeadersDelay(5, TimeUnit.SECONDS));

    assertThat(model.reply(ModelRequest.of("i", "m")).isFailure()).isTrue();
  }
}
