package dev.charter.adapter.assessor.semantic.internal;

import dev.charter.application.port.CannotStart;
import dev.charter.domain.problem.Problem;

/**
 * The classifier head is missing, corrupt or made for another model. The semantic assessor cannot
 * run without it, and it never falls back to finding no concerns: starting fails with this message,
 * which names the head's file (or {@code classpath:...} for a bundled one).
 */
public final class HeadLoadException extends CannotStart {

  private static final long serialVersionUID = 1L;

  public HeadLoadException(String origin, String problem) {
    this(origin, problem, null);
  }

  public HeadLoadException(String origin, String problem, Throwable cause) {
    super(Problem.of(origin, "the semantic assessor's classifier head " + problem), cause);
  }
}
