package dev.charter.domain.judgment;

import org.immutables.value.Value;

/** A consideration as it entered the sum: its value's weight and its contribution (weight × signed size). */
@Value.Immutable
public abstract class WeighedConsideration {

  @Value.Parameter
  public abstract Consideration consideration();

  @Value.Parameter
  public abstract double weight();

  public double contribution() {
    return weight() * consideration().signedSize();
  }

  public static WeighedConsideration of(Consideration consideration, double weight) {
    return ImmutableWeighedConsideration.of(consideration, weight);
  }
}
