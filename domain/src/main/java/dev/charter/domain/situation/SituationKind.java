package dev.charter.domain.situation;

import io.vavr.control.Option;

/** What is being judged: an incoming request, a draft response, or a proposed action. */
public enum SituationKind {
  REQUEST("request"),
  RESPONSE("response"),
  ACTION("action");

  private final String id;

  SituationKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Option<SituationKind> fromId(String id) {
    for (SituationKind kind : values()) {
      if (kind.id.equals(id)) {
        return Option.of(kind);
      }
    }
    return Option.none();
  }
}
