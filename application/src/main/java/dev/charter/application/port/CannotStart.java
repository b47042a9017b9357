package dev.charter.application.port;

import dev.charter.domain.problem.Problem;

/**
 * An adapter cannot be made from what it was given: an assessor's model or classifier file
 * that is missing or corrupt, a data folder that cannot be created, a database that cannot be
 * opened. Starting fails with it, naming what is at fault; an adapter never starts without what it
 * needs, and an assessor never stands in for one that finds no concerns. It sits beside the ports,
 * not among them, because every kind of adapter may throw it and a port is an interface.
 */
public class CannotStart extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public CannotStart(Problem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  /** What is at fault (a file, a folder, a database) and what is wrong with it. */
  public Problem problem() {
    return problem;
  }
}
