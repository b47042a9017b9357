package dev.charter.domain.constitution;

import org.immutables.value.Value;

/** A core value as a constitution states it: which value, and what it means in its own words. */
@Value.Immutable
public abstract class ValueDefinition {

  @Value.Parameter
  public abstract CoreValue value();

  @Value.Parameter
  public abstract String meaning();

  public static ValueDefinition of(CoreValue value, String meaning) {
    return ImmutableValueDefinition.of(value, meaning);
  }
}
