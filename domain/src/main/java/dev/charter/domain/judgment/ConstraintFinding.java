package dev.charter.domain.judgment;

import org.immutables.value.Value;

/** An assessor's finding about one hard constraint. */
@Value.Immutable
public abstract class ConstraintFinding {

  public abstract String constraintId();

  public abstract ConstraintStatus status();

  @Value.Default
  public double confidence() {
    return 1.0;
  }

  @Value.Default
  public String rationale() {
    return "";
  }

  @Value.Default
  public String source() {
    return "";
  }

  public static ImmutableConstraintFinding.Builder builder() {
    return ImmutableConstraintFinding.builder();
  }
}
