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
