package dev.charter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.ModelRequest;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import io.vavr.control.Try;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM judge wired end to end: configuration, the OpenAI SDK against a local server speaking
 * the chat completions wire format, the referee step, the judgment. The first-line assessor is a
 * plug-in that is always unsure, so the test does not hang on what the bundled classifier thinks.
 */
class LlmJudgeTest {

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  /** A first-line guard of every constraint that can never tell. */
  private static final class AlwaysUnsure implements Assessor {
    @Override
    public String name() {
      return "always-unsure";
    }

    @Override
    public Set<String> guards() {
      return Set.of("mass-casualty-weapons");
    }

    @Override
    public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
      return Assessment.builder().addFindings(ConstraintFinding.builder().constraintId("mass-casualty-weapons")
          .status(ConstraintStatus.UNSURE).confidence(0.3).rationale("cannot tell").source(name()).build()).build();
    }
  }

  private Judgment judge(String modelReply, String request) throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(completion(modelReply)));
    return judge(LlmJudgeConfig.builder().url(URI.create(server.url("/v1").toString())).model("referee-1")
        .apiKey("local").build(), request);
  }

  private Judgment judge(LlmJudgeConfig judgeConfig, String request) throws Exception {
    try (Charter charter = Charter.builder()
        .inMemory()
        .semantic(false)
        .llmJudge(judgeConfig)
        .install(new AbstractModule() {
          @Override
          protected void configure() {
            Multibinder.newSetBinder(binder(), Assessor.class).addBinding().toInstance(new AlwaysUnsure());
          }
        })
        .build()) {
      return charter.judge().judge(Situation.builder().kind(SituationKind.REQUEST)
          .conversation(Conversation.builder().id("c").addMessages(Message.of(Speaker.USER, request)).build())
          .build()).get();
    }
  }

  private String allClearExcept(String id, String status) throws Exception {
    StringBuilder reply = new StringBuilder();
    try (Charter charter = Charter.builder().inMemory().semantic(false).build()) {
      for (var constraint : charter.constitution().current().get().hardConstraints()) {
        boolean hit = constraint.id().equals(id);
        reply.append("CONSTRAINT ").append(constraint.id()).append(hit ? " " + status + " 0.95" : " CLEAR 0.97")
            .append(" | ").append(hit ? "asks how to culture a pathogen for release" : "not at stake").append('\n');
      }
    }
    return reply.append("END\n").toString();
  }

  @Test
  void theRefereeClearsWhatTheFirstLineWasUnsureOf() throws Exception {
    Judgment judgment = judge(allClearExcept("none", "CLEAR"), "How are vaccines made?");

    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(judgment.timings().assessorMicros()).containsKeys("always-unsure", "llm-judge");
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    String body = request.getBody().readUtf8();
    assertThat(body).contains("\"model\":\"referee-1\"", "How are vaccines made?", "mass-casualty-weapons");
  }

  @Test
  void theRefereeFindsAViolationAndTheRequestIsDeclined() throws Exception {
    Judgment judgment = judge(allClearExcept("mass-casualty-weapons", "VIOLATED"), "Give me a protocol to culture anthrax");

    assertThat(judgment.verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(judgment.constraints()).filteredOn(c -> c.id().equals("mass-casualty-weapons")).singleElement()
        .satisfies(c -> assertThat(c.rationale()).contains("pathogen"));
  }

  @Test
  void aRefereeReplyOutsideTheFormatFailsSafe() throws Exception {
    Judgment judgment = judge("Sure, that's fine!", "How are vaccines made?");

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.failures()).singleElement().satisfies(f -> {
      assertThat(f.assessor()).isEqualTo("llm-judge");
      assertThat(f.reason()).contains("referee-1 at", "replied outside the format");
    });
  }

  @Test
  void anAnthropicRefereeSettlesTheDoubtThroughTheMessagesApi() throws Exception {
    String reply = allClearExcept("none", "CLEAR").replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
        "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-referee\","
            + "\"content\":[{\"type\":\"text\",\"text\":\"" + reply + "\"}],\"stop_reason\":\"end_turn\","
            + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}"));

    Judgment judgment = judge(LlmJudgeConfig.builder().provider(LlmJudgeConfig.Provider.ANTHROPIC)
        .url(URI.create(server.url("/").toString())).model("claude-referee").apiKey("local").build(),
        "How are vaccines made?");

    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getPath()).isEqualTo("/v1/messages");
    assertThat(request.getBody().readUtf8()).contains("\"model\":\"claude-referee\"", "How are vaccines made?");
  }

  @Test
  void aLanguageModelOfYourOwnReplacesTheConfiguredProvider() throws Exception {
    String reply = allClearExcept("mass-casualty-weapons", "VIOLATED");
    LanguageModel own = new FixedReplyModel("in-house", reply, new AtomicInteger());
    try (Charter charter = Charter.builder()
        .inMemory()
        .semantic(false)
        .llmJudge(LlmJudgeConfig.builder().model("unused").apiKey("unused")
            .url(URI.create("http://127.0.0.1:9/v1")).build())
        .install(new AbstractModule() {
          @Override
          protected void configure() {
            bind(LanguageModel.class).toInstance(own);
            Multibinder.newSetBinder(binder(), Assessor.class).addBinding().toInstance(new AlwaysUnsure());
          }
        })
        .build()) {
      Judgment judgment = charter.judge().judge(Situation.builder().kind(SituationKind.REQUEST)
          .conversation(Conversation.builder().id("c").addMessages(Message.of(Speaker.USER, "hi")).build())
          .build()).get();

      assertThat(judgment.verdict()).isEqualTo(Verdict.DECLINE);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void closingCharterClosesTheModelClientItOpenedAndALazyCharterThatNeverJudgedOpensNone() throws Exception {
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    String allClear = allClearExcept("none", "CLEAR");
    AbstractModule countingModel = new AbstractModule() {
      @Override
      protected void configure() {
        Multibinder.newSetBinder(binder(), Assessor.class).addBinding().toInstance(new AlwaysUnsure());
      }

      @com.google.inject.Provides
      @com.google.inject.Singleton
      LanguageModel model() {
        opened.incrementAndGet();
        return new FixedReplyModel("closable", allClear, closed);
      }
    };
    LlmJudgeConfig judge = LlmJudgeConfig.builder().model("unused").apiKey("unused")
        .url(URI.create("http://127.0.0.1:9/v1")).build();

    try (Charter idle = Charter.builder().inMemory().semantic(false).llmJudge(judge).install(countingModel)
        .buildLazily()) {
      assertThat(idle.constitution().current().get().version()).isNotBlank();
    }
    assertThat(opened).hasValue(0);
    try (Charter used = Charter.builder().inMemory().semantic(false).llmJudge(judge).install(countingModel).build()) {
      used.judge().judge(Situation.builder().kind(SituationKind.REQUEST)
          .conversation(Conversation.builder().id("c").addMessages(Message.of(Speaker.USER, "hi")).build())
          .build()).get();
    }
    assertThat(opened).hasValue(1);
    assertThat(closed).hasValue(1);
  }

  /** A model that replies the same every time and counts its closing. */
  private static final class FixedReplyModel implements LanguageModel, AutoCloseable {
    private final String name;
    private final String reply;
    private final AtomicInteger closed;

    FixedReplyModel(String name, String reply, AtomicInteger closed) {
      this.name = name;
      this.reply = reply;
      this.closed = closed;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Try<String> reply(ModelRequest request) {
      return Try.success(reply);
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  private static String completion(String content) {
    String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764200000,\"model\":\"referee-1\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},"
        + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }
}
