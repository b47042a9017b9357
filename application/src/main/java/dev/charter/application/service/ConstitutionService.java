package dev.charter.application.service;

import dev.charter.application.port.in.InspectConstitution;
import dev.charter.application.port.out.ConstitutionSource;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import jakarta.inject.Inject;

/**
 * The configured constitution and validation of candidates. It reads through the source rather than
 * holding a loaded constitution, so a broken configured document can still be shown and diagnosed.
 */
public final class ConstitutionService implements InspectConstitution {

  private final ConstitutionSource source;

  @Inject
  public ConstitutionService(ConstitutionSource source) {
    this.source = source;
  }

  @Override
  public Validation<Seq<Problem>, Constitution> current() {
    return source.current();
  }

  @Override
  public Validation<Seq<Problem>, Constitution> validate(String location) {
    return source.load(location);
  }
}
