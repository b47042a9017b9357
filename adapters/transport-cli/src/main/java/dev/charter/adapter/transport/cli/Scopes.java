package dev.charter.adapter.transport.cli;

import dev.charter.domain.oversight.StopScope;
import dev.charter.domain.problem.Problem;

/** Reading stop scopes and overseer names from options. */
final class Scopes {

  private Scopes() {}

  static StopScope parse(String written) {
    return StopScope.parse(written)
        .mapLeft(p -> Problem.of("--scope", p.what()))
        .getOrElseThrow(BadInput::new);
  }

  /** The named overseer, else the operating-system user running the command. */
  static String overseer(String given) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "unknown" : user;
  }
}
