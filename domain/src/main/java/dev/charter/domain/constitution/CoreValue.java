package dev.charter.domain.constitution;

import io.vavr.control.Option;
import java.util.Arrays;

/**
 * The four core values. Their priority is not fixed here: a constitution orders them and says how
 * strongly each dominates the next (see {@link ValuePriorities}).
 */
public enum CoreValue {
  BROADLY_SAFE("broadly-safe"),
  BROADLY_ETHICAL("broadly-ethical"),
  GUIDELINE_COMPLIANT("guideline-compliant"),
  GENUINELY_HELPFUL("genuinely-helpful");

  private final String id;

  CoreValue(String id) {
    this.id = id;
  }

  /** The id used in constitution files and judgments, e.g. {@code broadly-safe}. */
  public String id() {
    return id;
  }

  public static Option<CoreValue> fromId(String id) {
    return Option.ofOptional(Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst());
  }
}
