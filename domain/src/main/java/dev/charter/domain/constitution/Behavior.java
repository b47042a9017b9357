package dev.charter.domain.constitution;

import org.immutables.value.Value;

/**
 * An instructable behaviour: a default that principals may switch within their reach, such as
 * safety caveats (on by default) or profanity (off by default).
 */
@Value.Immutable
public abstract class Behavior {

  public abstract String id();

  public abstract String description();

  public abstract boolean enabledByDefault();

  /** Who may move it away from its cautious setting. */
  public abstract Reach reach();

  /**
   * The more cautious setting. Usually the default; a constitution may say otherwise for a
   * behaviour whose default is the less careful one.
   */
  @Value.Default
  public boolean cautiousSetting() {
    return enabledByDefault();
  }

  public static ImmutableBehavior.Builder builder() {
    return ImmutableBehavior.builder();
  }
}
