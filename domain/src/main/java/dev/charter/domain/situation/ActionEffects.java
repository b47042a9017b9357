package dev.charter.domain.situation;

import org.immutables.value.Value;

/**
 * What a proposed action declares about itself: whether it can be undone, whether it reaches
 * outside the system (sends, publishes, pays, deletes remotely), and how far its scope extends.
 */
@Value.Immutable
public abstract class ActionEffects {

  public abstract boolean reversible();

  public abstract boolean external();

  /** Free text naming what the action touches, e.g. {@code file}, {@code account}, {@code public}. */
  @Value.Default
  public String scope() {
    return "";
  }

  public static ImmutableActionEffects.Builder builder() {
    return ImmutableActionEffects.builder();
  }
}
