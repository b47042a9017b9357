package dev.charter.domain.judgment;

/** What the assessors found about one hard constraint. */
public enum ConstraintStatus {
  /** At least one guard looked and found no crossing. */
  CLEAR,
  /** A guard found the line would be crossed: the action is filtered out, never weighed. */
  VIOLATED,
  /** A guard could not tell, or failed, or ran out of time. */
  UNSURE,
  /** No configured assessor guards this constraint. */
  UNCHECKED;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
