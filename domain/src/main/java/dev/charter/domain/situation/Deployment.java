package dev.charter.domain.situation;

import dev.charter.domain.policy.OperatorSettings;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the assistant runs. With no operator, the developer stands in as operator with the
 * constitution's defaults, as when the model is called with no system prompt.
 */
@Value.Immutable
public abstract class Deployment {

  @Value.Default
  public String id() {
    return "default";
  }

  public abstract Optional<OperatorSettings> operator();

  public static ImmutableDeployment.Builder builder() {
    return ImmutableDeployment.builder();
  }
}
