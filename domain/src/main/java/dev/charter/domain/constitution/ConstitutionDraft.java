package dev.charter.domain.constitution;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A constitution as read, before validation: every part carries its origin so that
 * {@link ConstitutionValidation} can report all problems at once, each with file and line.
 */
@Value.Immutable
public abstract class ConstitutionDraft {

  /** Where the whole document came from, used for problems that have no finer origin. */
  public abstract String origin();

  public abstract Optional<Sourced<String>> version();

  public abstract Optional<Sourced<Double>> dominance();

  /** Core value ids with their meaning, highest priority first, as written. */
  public abstract List<Sourced<ValueClaim>> priorities();

  public abstract List<Sourced<HardConstraint>> hardConstraints();

  public abstract List<Sourced<Guideline>> guidelines();

  public abstract List<Sourced<Behavior>> behaviors();

  public abstract List<Sourced<UserProtection>> userProtections();

  public static ImmutableConstitutionDraft.Builder builder() {
    return ImmutableConstitutionDraft.builder();
  }

  /** A line of the priority list: a value id that may or may not name a core value. */
  @Value.Immutable
  public abstract static class ValueClaim {
    @Value.Parameter
    public abstract String id();

    @Value.Parameter
    public abstract String meaning();

    public static ValueClaim of(String id, String meaning) {
      return ImmutableValueClaim.of(id, meaning);
    }
  }
}
