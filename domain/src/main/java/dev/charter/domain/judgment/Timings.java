package dev.charter.domain.judgment;

import java.util.Map;
import org.immutables.value.Value;

/** How long the judgment took, and each assessor within it, in microseconds. */
@Value.Immutable
public abstract class Timings {

  public abstract long totalMicros();

  public abstract Map<String, Long> assessorMicros();

  public static ImmutableTimings.Builder builder() {
    return ImmutableTimings.builder();
  }
}
