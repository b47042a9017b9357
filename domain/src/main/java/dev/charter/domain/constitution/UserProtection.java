package dev.charter.domain.constitution;

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

  @Value.Default
  public boolean waivableByUser() {
    return false;
  }

  public static ImmutableUserProtection.Builder builder() {
    return ImmutableUserProtection.builder();
  }
}
