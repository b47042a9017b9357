package dev.charter.domain.problem;

import org.immutables.value.Value;

/**
 * An expected failure, told precisely: where it is (a file and line, or a field path such as
 * {@code user.adjustments[0].behavior}) and what is wrong there.
 */
@Value.Immutable
public abstract class Problem {

  @Value.Parameter
  public abstract String where();

  @Value.Parameter
  public abstract String what();

  public static Problem of(String where, String what) {
    return ImmutableProblem.of(where, what);
  }

  /** The one-line form used in error messages: {@code where: what}. */
  @Override
  public String toString() {
    return where().isEmpty() ? what() : where() + ": " + what();
  }
}
