package dev.charter.domain.constitution;

import dev.charter.domain.Sha256;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An immutable, validated, versioned constitution: core values in priority order, hard
 * constraints, guidelines, instructable behaviours and user protections. Identified by its version
 * and the hash of its content; every judgment records the hash it was made under.
 *
 * <p>Obtain one from {@link ConstitutionValidation#validate(ConstitutionDraft)}, which reports every
 * problem at once.
 */
@Value.Immutable
public abstract class Constitution {

  public abstract String version();

  public abstract ValuePriorities priorities();

  public abstract List<HardConstraint> hardConstraints();

  public abstract List<Guideline> guidelines();

  public abstract List<Behavior> behaviors();

  public abstract List<UserProtection> userProtections();

  /** SHA-256 of the canonical content: the same rules give the same hash, however formatted. */
  @Value.Derived
  public String hash() {
    return Sha256.hex(CanonicalConstitution.text(this));
  }

  public Option<Behavior> behavior(String id) {
    return Option.of(behaviorsById().get(id));
  }

  public Option<HardConstraint> hardConstraint(String id) {
    return Option.of(constraintsById().get(id));
  }

  public Option<UserProtection> userProtection(String id) {
    return Option.of(protectionsById().get(id));
  }

  @Value.Lazy
  Map<String, Behavior> behaviorsById() {
    return behaviors().stream().collect(Collectors.toMap(Behavior::id, Function.identity()));
  }

  @Value.Lazy
  Map<String, HardConstraint> constraintsById() {
    return hardConstraints().stream().collect(Collectors.toMap(HardConstraint::id, Function.identity()));
  }

  @Value.Lazy
  Map<String, UserProtection> protectionsById() {
    return userProtections().stream()
        .collect(Collectors.toMap(UserProtection::id, Function.identity()));
  }

  static ImmutableConstitution.Builder builder() {
    return ImmutableConstitution.builder();
  }
}
