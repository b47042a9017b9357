package dev.charter.domain.judgment;

/**
 * The outcome of a judgment, declared from most to least permissive. {@link #permissiveness()}
 * orders them, so properties such as "a concern never makes a verdict more permissive" can be
 * stated and checked.
 */
public enum Verdict {
  PROCEED,
  PROCEED_WITH_CARE,
  PROCEED_PARTIALLY,
  ESCALATE,
  DECLINE,
  HALT;

  /** Higher is more permissive: PROCEED is 5, HALT is 0. */
  public int permissiveness() {
    return values().length - 1 - ordinal();
  }

  /** Whether the user gets what was asked (the whole of it). */
  public boolean complies() {
    return this == PROCEED || this == PROCEED_WITH_CARE;
  }

  public String id() {
    return name();
  }
}
