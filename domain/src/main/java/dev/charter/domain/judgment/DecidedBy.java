package dev.charter.domain.judgment;

/** Which step of the weighing settled the verdict. */
public enum DecidedBy {
  /** An overseer's stop order in scope. */
  STOP_ORDER,
  /** A hard-constraint finding: a filter, never weighed. */
  HARD_CONSTRAINT,
  /** A guard that failed or timed out, handled by the guard-failure policy. */
  GUARD_FAILURE,
  /** The balance of weighted considerations. */
  BALANCE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
