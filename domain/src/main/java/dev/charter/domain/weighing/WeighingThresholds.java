package dev.charter.domain.weighing;

import org.immutables.value.Value;

/**
 * The few numbers that turn a balance into a verdict, in units of weighted contribution (the
 * lowest value's weight is 1).
 */
@Value.Immutable
public abstract class WeighingThresholds {

  /** An against contribution at least this large is a concern worth naming to the user. */
  @Value.Default
  public double notableConcern() {
    return 0.1;
  }

  /** Stakes (the largest weighted harm at one value) at or above this are high. */
  @Value.Default
  public double highStakes() {
    return 2.0;
  }

  /** With high stakes, a positive balance below this share of the stakes is a close call for humans. */
  @Value.Default
  public double closeCallShare() {
    return 0.5;
  }

  public static WeighingThresholds defaults() {
    return ImmutableWeighingThresholds.builder().build();
  }

  public static ImmutableWeighingThresholds.Builder builder() {
    return ImmutableWeighingThresholds.builder();
  }
}
