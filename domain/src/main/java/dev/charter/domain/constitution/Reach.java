package dev.charter.domain.constitution;

import dev.charter.domain.principal.Principal;

/**
 * The most permissive principal allowed to move an instructable behaviour away from its cautious
 * setting. Moving towards caution needs no reach: anyone may ask for more care.
 */
public enum Reach {
  /** Fixed by the constitution; only a new version of it changes the behaviour. */
  DEVELOPER("developer"),
  /** Operators may change it and may grant the change to their users. */
  OPERATOR("operator"),
  /** Users may change it for themselves; operators may too. */
  USER("user");

  private final String id;

  Reach(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether a principal, acting in its own right, may unlock a behaviour of this reach. */
  public boolean allows(Principal principal) {
    switch (principal) {
      case OPERATOR:
        return this == OPERATOR || this == USER;
      case USER:
        return this == USER;
      default:
        return false;
    }
  }

  public static io.vavr.control.Option<Reach> fromId(String id) {
    for (Reach reach : values()) {
      if (reach.id.equals(id)) {
        return io.vavr.control.Option.of(reach);
      }
    }
    return io.vavr.control.Option.none();
  }
}
