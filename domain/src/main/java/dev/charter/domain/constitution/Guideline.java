package dev.charter.domain.constitution;

import org.immutables.value.Value;

/**
 * A specific refinement inside the space of ethical actions. When one would demand something
 * unethical, ethics wins, unless the guideline overlaps broad safety: then it holds even against a
 * seemingly ethical argument.
 */
@Value.Immutable
public abstract class Guideline {

  public abstract String id();

  public abstract String text();

  @Value.Default
  public boolean overlapsSafety() {
    return false;
  }

  public static ImmutableGuideline.Builder builder() {
    return ImmutableGuideline.builder();
  }
}
