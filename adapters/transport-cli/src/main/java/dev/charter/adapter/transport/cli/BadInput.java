package dev.charter.adapter.transport.cli;

import dev.charter.domain.problem.Problem;
import java.util.List;

/** Input the command cannot use: reported line by line, exit status 2, nothing written. */
public final class BadInput extends RuntimeException {

  private final transient List<Problem> problems;

  public BadInput(List<Problem> problems) {
    super(problems.isEmpty() ? "bad input" : problems.get(0).toString(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public BadInput(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
