package dev.charter.application.service;

import dev.charter.domain.CharterStyle;
import dev.charter.domain.weighing.GuardFailurePolicy;
import dev.charter.domain.weighing.WeighingThresholds;
import java.time.Duration;
import org.immutables.value.Value;

/** How the judging service runs: the assessors' deadlines and what a failed guard leads to. */
@Value.Immutable
@CharterStyle
public abstract class JudgingSettings {

  @Value.Default
  public Duration deadline() {
    return Duration.ofSeconds(2);
  }

  /** How long a referee (an LLM judge consulted when the assessors are unsure) may take. */
  @Value.Default
  public Duration refereeDeadline() {
    return Duration.ofSeconds(30);
  }

  @Value.Default
  public GuardFailurePolicy guardFailurePolicy() {
    return GuardFailurePolicy.ESCALATE;
  }

  @Value.Default
  public WeighingThresholds thresholds() {
    return WeighingThresholds.defaults();
  }

  public static JudgingSettings defaults() {
    return ImmutableJudgingSettings.builder().build();
  }

  public static ImmutableJudgingSettings.Builder builder() {
    return ImmutableJudgingSettings.builder();
  }
}
