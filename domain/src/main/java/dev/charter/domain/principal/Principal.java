package dev.charter.domain.principal;

/**
 * Those whose instructions count: the model's developer (through the constitution), operators
 * (system prompt or configuration), users (in the conversation), and overseers, the humans with
 * authority to correct or stop the system. Everything else is a non-principal input.
 */
public enum Principal {
  DEVELOPER("developer"),
  OPERATOR("operator"),
  USER("user"),
  OVERSEER("overseer");

  private final String id;

  Principal(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
