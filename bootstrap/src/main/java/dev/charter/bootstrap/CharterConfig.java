package dev.charter.bootstrap;

import dev.charter.adapter.assessor.semantic.EmbeddingThreads;
import dev.charter.domain.CharterStyle;
import dev.charter.domain.weighing.GuardFailurePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything that selects and tunes adapters. Read from {@code charter.yaml} with environment
 * overrides by {@link ConfigLoader}; built directly by embedding users.
 */
@Value.Immutable
@CharterStyle
public abstract class CharterConfig {

  /** A constitution file path, or {@code classpath:default} for the bundled default. */
  @Value.Default
  public String constitution() {
    return "classpath:default";
  }

  @Value.Default
  public StorageKind storage() {
    return StorageKind.H2;
  }

  /** Where the embedded database lives. */
  @Value.Default
  public Path dataDirectory() {
    return Path.of("data");
  }

  public abstract Optional<String> postgresUrl();

  public abstract Optional<String> postgresUser();

  public abstract Optional<String> postgresPassword();

  /** The assessors' common deadline. */
  @Value.Default
  public Duration deadline() {
    return Duration.ofSeconds(2);
  }

  @Value.Default
  public GuardFailurePolicy guardFailure() {
    return GuardFailurePolicy.ESCALATE;
  }

  /** Whether the deterministic screens run; switch off only to replace them with your own. */
  @Value.Default
  public boolean screens() {
    return true;
  }

  /**
   * Whether the embedded semantic assessor runs: sentence embeddings and a trained classifier,
   * in-process, no network. It guards the hard constraints in free text.
   */
  @Value.Default
  public boolean semantic() {
    return true;
  }

  /** A classifier head file of your own for the semantic assessor (e.g. retrained); empty for the bundled one. */
  public abstract Optional<Path> semanticHead();

  /**
   * How each embedding uses the cores; empty for the default of the command or service: every core
   * for one judgment at a time, one thread per judgment for {@code charter eval}.
   */
  public abstract Optional<EmbeddingThreads> semanticThreads();

  /** An LLM judge, usually consulted only when the embedded assessors are unsure; none by default. */
  public abstract Optional<LlmJudgeConfig> llmJudge();

  /** How long the LLM judge may take when it is consulted as a referee. */
  @Value.Default
  public Duration refereeDeadline() {
    return Duration.ofSeconds(30);
  }

  @Value.Check
  protected void check() {
    if (storage() == StorageKind.POSTGRES && postgresUrl().isEmpty()) {
      throw new IllegalStateException("storage postgres needs postgres.url (or CHARTER_POSTGRES_URL)");
    }
    if (deadline().isNegative() || deadline().isZero()) {
      throw new IllegalStateException("the assessor deadline must be positive");
    }
    if (refereeDeadline().isNegative() || refereeDeadline().isZero()) {
      throw new IllegalStateException("the referee deadline must be positive");
    }
  }

  public static CharterConfig defaults() {
    return builder().build();
  }

  public static ImmutableCharterConfig.Builder builder() {
    return ImmutableCharterConfig.builder();
  }
}
