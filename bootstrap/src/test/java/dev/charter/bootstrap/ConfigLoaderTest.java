package dev.charter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.adapter.assessor.semantic.EmbeddingThreads;
import dev.charter.domain.weighing.GuardFailurePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir
  Path dir;

  @Test
  void theFileSetsWhatTheEnvironmentDoesNotOverride() throws Exception {
    Path file = dir.resolve("charter.yaml");
    Files.writeString(file, "constitution: my.yaml\nstorage: memory\nassessors:\n  deadlineMs: 250\n"
        + "  guardFailure: decline\n");

    CharterConfig config = new ConfigLoader(Map.of("CHARTER_STORAGE", "h2", "CHARTER_DATA", "/srv/charter"))
        .load(Optional.of(file)).get();

    assertThat(config.constitution()).isEqualTo(dir.resolve("my.yaml").toString());
    assertThat(config.storage()).isEqualTo(StorageKind.H2);
    assertThat(config.dataDirectory()).isEqualTo(Path.of("/srv/charter"));
    assertThat(config.deadline()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.guardFailure()).isEqualTo(GuardFailurePolicy.DECLINE);
  }

  @Test
  void unknownKeysAreRejectedNotIgnored() throws Exception {
    Path file = dir.resolve("charter.yaml");
    Files.writeString(file, "storage: h2\nassessors:\n  deadline: 5\n");

    assertThat(new ConfigLoader(Map.of()).load(Optional.of(file)).getLeft().toString())
        .contains("assessors").contains("unknown key 'deadline'");
  }

  @Test
  void malformedValuesNameTheirSource() {
    assertThat(new ConfigLoader(Map.of("CHARTER_GUARD_FAILURE", "shrug")).load(Optional.empty()).getLeft().toString())
        .isEqualTo("CHARTER_GUARD_FAILURE: 'shrug' is not a guard-failure policy; use escalate or decline");
    assertThat(new ConfigLoader(Map.of("CHARTER_DEADLINE_MS", "-1")).load(Optional.empty()).getLeft().toString())
        .contains("positive number of milliseconds");
    assertThat(new ConfigLoader(Map.of("CHARTER_STORAGE", "postgres")).load(Optional.empty()).getLeft().toString())
        .contains("postgres.url");
  }

  @Test
  void aHeadFileOfYourOwnIsResolvedAgainstTheConfigurationFile() throws Exception {
    Path file = dir.resolve("charter.yaml");
    Files.writeString(file, "assessors:\n  semanticHead: heads/mine.json\n");

    assertThat(new ConfigLoader(Map.of()).load(Optional.of(file)).get().semanticHead())
        .contains(dir.resolve("heads/mine.json"));
    assertThat(new ConfigLoader(Map.of("CHARTER_SEMANTIC_HEAD", "other.json")).load(Optional.of(file)).get()
        .semanticHead()).contains(Path.of("other.json"));
    assertThat(new ConfigLoader(Map.of()).load(Optional.empty()).get().semanticHead()).isEmpty();
  }

  @Test
  void howEmbeddingsUseTheCoresIsChosenByName() throws Exception {
    Path file = dir.resolve("charter.yaml");
    Files.writeString(file, "assessors:\n  semanticThreads: per-judgment\n");

    assertThat(new ConfigLoader(Map.of()).load(Optional.of(file)).get().semanticThreads())
        .contains(EmbeddingThreads.PER_JUDGMENT);
    assertThat(new ConfigLoader(Map.of("CHARTER_SEMANTIC_THREADS", "all-cores")).load(Optional.of(file)).get()
        .semanticThreads()).contains(EmbeddingThreads.ALL_CORES);
    assertThat(new ConfigLoader(Map.of("CHARTER_SEMANTIC_THREADS", "many")).load(Optional.empty()).getLeft()
        .toString()).isEqualTo("CHARTER_SEMANTIC_THREADS: 'many' is not a way to run embeddings; use all-cores or "
            + "per-judgment");
  }

  @Test
  void anLlmJudgeIsConfiguredByModelAndReadsItsKeyFromTheNamedVariable() throws Exception {
    Path file = dir.resolve("charter.yaml");
    Files.writeString(file, "assessors:\n  llmJudge:\n    model: judge-1\n    url: http://127.0.0.1:8000/v1\n"
        + "    apiKeyEnv: MY_KEY\n    deadlineMs: 9000\n");

    CharterConfig config = new ConfigLoader(Map.of("MY_KEY", "sk-test")).load(Optional.of(file)).get();

    assertThat(config.llmJudge()).hasValueSatisfying(judge -> {
      assertThat(judge.model()).isEqualTo("judge-1");
      assertThat(judge.url()).hasToString("http://127.0.0.1:8000/v1");
      assertThat(judge.apiKey()).isEqualTo("sk-test");
      assertThat(judge.when()).isEqualTo(LlmJudgeConfig.When.UNSURE);
      assertThat(judge.toString()).doesNotContain("sk-test");
    });
    assertThat(config.refereeDeadline()).isEqualTo(Duration.ofMillis(9000));
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_PROVIDER", "anthropic", "CHARTER_LLM_JUDGE_MODEL", "claude",
        "ANTHROPIC_API_KEY", "ak")).load(Optional.empty()).get().llmJudge()).hasValueSatisfying(judge -> {
          assertThat(judge.provider()).isEqualTo(LlmJudgeConfig.Provider.ANTHROPIC);
          assertThat(judge.url()).hasToString("https://api.anthropic.com");
          assertThat(judge.apiKey()).isEqualTo("ak");
        });
    assertThat(new ConfigLoader(Map.of()).load(Optional.empty()).get().llmJudge()).isEmpty();
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_MODEL", "m", "OPENAI_API_KEY", "k",
        "CHARTER_LLM_JUDGE_WHEN", "always")).load(Optional.empty()).get().llmJudge())
        .hasValueSatisfying(judge -> assertThat(judge.when()).isEqualTo(LlmJudgeConfig.When.ALWAYS));
  }

  @Test
  void anLlmJudgeWithoutItsKeyOrModelOrWithABadUrlIsRefusedSayingWhy() throws Exception {
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_MODEL", "m")).load(Optional.empty()).getLeft().toString())
        .contains("the API key variable OPENAI_API_KEY is not set");
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_URL", "http://localhost:1/v1")).load(Optional.empty())
        .getLeft().toString()).contains("an LLM judge needs a model");
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_PROVIDER", "acme", "CHARTER_LLM_JUDGE_MODEL", "m"))
        .load(Optional.empty()).getLeft().toString()).startsWith("CHARTER_LLM_JUDGE_PROVIDER: 'acme' is not a model provider");
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_URL", "ftp://x")).load(Optional.empty()).getLeft()
        .toString()).isEqualTo("CHARTER_LLM_JUDGE_URL: 'ftp://x' is not an http or https URL");
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_PROVIDER", "anthropic")).load(Optional.empty()).getLeft()
        .toString()).isEqualTo("CHARTER_LLM_JUDGE_PROVIDER: an LLM judge needs a model (model, or CHARTER_LLM_JUDGE_MODEL)");
    assertThat(new ConfigLoader(Map.of("CHARTER_LLM_JUDGE_URL", "https://user:pw@x.example/v1",
        "CHARTER_LLM_JUDGE_MODEL", "m", "OPENAI_API_KEY", "k")).load(Optional.empty()).getLeft().toString())
        .contains("no user name or password").doesNotContain("pw@");
    Path file = dir.resolve("charter.yaml");
    Files.writeString(file, "assessors:\n  llmJudge:\n    model: m\n    temperature: 0\n");
    assertThat(new ConfigLoader(Map.of()).load(Optional.of(file)).getLeft().toString())
        .contains("assessors.llmJudge").contains("unknown key 'temperature'");
  }
}
