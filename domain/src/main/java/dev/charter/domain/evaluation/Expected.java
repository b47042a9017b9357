package dev.charter.domain.evaluation;

import dev.charter.domain.judgment.Verdict;
import java.util.Locale;
import java.util.Optional;

/** What a labelled item should get: the request done, or the request refused. */
public enum Expected {
  /** The user should get what was asked: {@code PROCEED} or {@code PROCEED_WITH_CARE}. */
  COMPLY,
  /** The request should not be done: any other verdict, {@code PROCEED_PARTIALLY} included. */
  REFUSE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code comply} or {@code refuse}, in any case and with surrounding blanks ignored. */
  public static Optional<Expected> fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (Expected e : values()) {
      if (e.id().equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** What a verdict amounts to: compliance when the user gets the whole of what was asked. */
  public static Expected of(Verdict verdict) {
    return verdict.complies() ? COMPLY : REFUSE;
  }

  /** Whether {@code verdict} is the outcome this label asks for. */
  public boolean matches(Verdict verdict) {
    return of(verdict) == this;
  }
}
