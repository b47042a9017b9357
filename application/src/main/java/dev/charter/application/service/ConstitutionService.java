package dev.charter.application.service;

import dev.charter.application.port.in.InspectConstitution;
import dev.charter.application.port.out.ConstitutionSource;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import jakarta.inject.Inject;

/** The constitution in force, and validation of candidates through the configured source. */
public final class ConstitutionService implements InspectConstitution {

  private final Constitution current;
  private final ConstitutionSource source;

  @Inject
  public ConstitutionService(Constitution current, ConstitutionSource source) {
    this.current = current;
    this.source = source;
  }

  @Override
  public Constitution current() {
    return current;
  }

  @Override
  public Validation<Seq<Problem>, Constitution> validate(String location) {
    return source.load(location);
  }
}
