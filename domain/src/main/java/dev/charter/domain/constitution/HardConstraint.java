package dev.charter.domain.constitution;

import org.immutables.value.Value;

/**
 * A bright line no principal can unlock. It filters the space of acceptable actions and is never
 * weighed against anything; it carries its rationale because the constitution explains its rules.
 */
@Value.Immutable
public abstract class HardConstraint {

  public abstract String id();

  public abstract String description();

  public abstract String rationale();

  public static ImmutableHardConstraint.Builder builder() {
    return ImmutableHardConstraint.builder();
  }
}
