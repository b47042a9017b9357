package dev.charter.domain.situation;

import java.util.Map;
import org.immutables.value.Value;

/** A tool call an agent wants to make, with its declared effects. */
@Value.Immutable
public abstract class ProposedAction {

  public abstract String tool();

  /** Plain JSON-like values: strings, numbers, booleans, lists and maps. */
  public abstract Map<String, Object> arguments();

  public abstract ActionEffects effects();

  @Value.Default
  public boolean authorizedByOperator() {
    return false;
  }

  public static ImmutableProposedAction.Builder builder() {
    return ImmutableProposedAction.builder();
  }
}
