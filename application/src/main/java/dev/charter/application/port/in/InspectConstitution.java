package dev.charter.application.port.in;

import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Shows the constitution in force and validates candidate documents. */
public interface InspectConstitution {

  /** The constitution this deployment is configured with, or every problem in it. */
  Validation<Seq<Problem>, Constitution> current();

  /** Every problem of the document at {@code location}, or the constitution it defines. */
  Validation<Seq<Problem>, Constitution> validate(String location);
}
