package dev.charter.domain.judgment;

import org.immutables.value.Value;

/** Each hard constraint of the constitution with what was found about it for this judgment. */
@Value.Immutable
public abstract class ConstraintCheck {

  @Value.Parameter
  public abstract String id();

  @Value.Parameter
  public abstract ConstraintStatus finding();

  @Value.Parameter
  public abstract String rationale();

  public static ConstraintCheck of(String id, ConstraintStatus finding, String rationale) {
    return ImmutableConstraintCheck.of(id, finding, rationale);
  }
}
