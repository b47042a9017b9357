package dev.charter.domain.judgment;

import org.immutables.value.Value;

/** An assessor that failed or missed its deadline, as recorded in the judgment. */
@Value.Immutable
public abstract class AssessorFailure {

  public abstract String assessor();

  /** Why: an error message, or that it missed the deadline. */
  public abstract String reason();

  /** Whether it guards a hard constraint: then its silence may never let the judgment proceed. */
  public abstract boolean guardsHardConstraints();

  public static ImmutableAssessorFailure.Builder builder() {
    return ImmutableAssessorFailure.builder();
  }
}
