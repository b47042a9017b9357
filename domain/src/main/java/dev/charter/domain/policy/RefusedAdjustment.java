package dev.charter.domain.policy;

import dev.charter.domain.principal.Principal;
import org.immutables.value.Value;

/** An adjustment that was not applied, with the reason a reader can check against the constitution. */
@Value.Immutable
public abstract class RefusedAdjustment {

  @Value.Parameter
  public abstract Principal principal();

  @Value.Parameter
  public abstract String behavior();

  @Value.Parameter
  public abstract String reason();

  public static RefusedAdjustment of(Principal principal, String behavior, String reason) {
    return ImmutableRefusedAdjustment.of(principal, behavior, reason);
  }
}
