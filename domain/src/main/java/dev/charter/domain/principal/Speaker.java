package dev.charter.domain.principal;

import io.vavr.control.Option;

/**
 * Who a piece of conversation came from: its provenance. Operators and users are principals;
 * tool results, documents and other agents are non-principal inputs whose instructions are
 * information, never commands.
 */
public enum Speaker {
  OPERATOR("operator", true),
  USER("user", true),
  ASSISTANT("assistant", false),
  TOOL("tool", false),
  DOCUMENT("document", false),
  AGENT("agent", false);

  private final String id;
  private final boolean principal;

  Speaker(String id, boolean principal) {
    this.id = id;
    this.principal = principal;
  }

  public String id() {
    return id;
  }

  /** True for operators and users, whose instructions carry weight. */
  public boolean isPrincipal() {
    return principal;
  }

  /** True for tool results, documents and other agents: information, never commands. */
  public boolean isNonPrincipalInput() {
    return this == TOOL || this == DOCUMENT || this == AGENT;
  }

  public static Option<Speaker> fromId(String id) {
    for (Speaker speaker : values()) {
      if (speaker.id.equals(id)) {
        return Option.of(speaker);
      }
    }
    return Option.none();
  }
}
