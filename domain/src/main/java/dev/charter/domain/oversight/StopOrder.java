package dev.charter.domain.oversight;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * An overseer's order to stop. While it stands every judgment in its scope is HALT; nothing a
 * model, operator or user says can lift it, only an overseer.
 */
@Value.Immutable
public abstract class StopOrder {

  public abstract StopScope scope();

  public abstract String reason();

  /** The overseer who gave it. */
  public abstract String issuedBy();

  public abstract Instant issuedAt();

  public static ImmutableStopOrder.Builder builder() {
    return ImmutableStopOrder.builder();
  }
}
