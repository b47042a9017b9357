package dev.charter.application.port.out;

import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Where constitutions come from (files, a repository, a service).
 *
 * <p>An implementation must report every problem of a document at once, each with its location
 * (file and line where it has them), and must never hand back a partly valid constitution.
 */
public interface ConstitutionSource {

  /** The constitution this deployment runs under. */
  Validation<Seq<Problem>, Constitution> current();

  /** Reads and validates the document at {@code location} (a path, for file sources). */
  Validation<Seq<Problem>, Constitution> load(String location);
}
