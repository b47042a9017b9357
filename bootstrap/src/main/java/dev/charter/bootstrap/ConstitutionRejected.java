package dev.charter.bootstrap;

import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import java.util.List;

/** Thrown when Charter cannot start because its constitution has problems; lists every one. */
public final class ConstitutionRejected extends RuntimeException {

  private final transient List<Problem> problems;

  ConstitutionRejected(Seq<Problem> problems) {
    super("the constitution has " + problems.size() + " problem(s):\n  "
        + String.join("\n  ", problems.map(Problem::toString)));
    this.problems = problems.toJavaList();
  }

  public List<Problem> problems() {
    return problems;
  }
}
