package dev.charter.domain.constitution;

import org.immutables.value.Value;

/** A part of a constitution draft with where it was written ({@code file:line}), for precise problems. */
@Value.Immutable
public abstract class Sourced<T> {

  @Value.Parameter
  public abstract T value();

  @Value.Parameter
  public abstract String origin();

  public static <T> Sourced<T> of(T value, String origin) {
    return ImmutableSourced.of(value, origin);
  }
}
