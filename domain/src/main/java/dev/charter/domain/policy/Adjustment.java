package dev.charter.domain.policy;

import org.immutables.value.Value;

/** A principal's request to switch an instructable behaviour on or off. */
@Value.Immutable
public abstract class Adjustment {

  @Value.Parameter
  public abstract String behavior();

  @Value.Parameter
  public abstract boolean enabled();

  public static Adjustment of(String behavior, boolean enabled) {
    return ImmutableAdjustment.of(behavior, enabled);
  }
}
