package dev.charter.domain.constitution;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What users are owed whatever the operator says (being told what the assistant cannot help
 * with, emergency pointers, never a denial of being an AI to a sincere asker, ...). Operators can
 * never remove one; a user may waive a waivable one for themselves.
 */
@Value.Immutable
public abstract class UserProtection {

  /**
   * The id under which assessors that see a life at risk put a protection in force: the default
   * constitution's "always point users to emergency help". A constitution that has no protection
   * of that id gets no pointers; the service keeps only the protections a constitution defines.
   */
  public static final String EMERGENCY_POINTERS = "emergency-pointers";

  public abstract String id();

  public abstract String description();

  /**
   * What the user is told whenever an assessor finds the protection in force, whatever the verdict:
   * for emergency pointers, where to find emergency help.
   */
  public abstract Optional<String> notice();

  @Value.Default
  public boolean waivableByUser() {
    return false;
  }

  public static ImmutableUserProtection.Builder builder() {
    return ImmutableUserProtection.builder();
  }
}
