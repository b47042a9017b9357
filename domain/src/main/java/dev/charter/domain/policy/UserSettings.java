package dev.charter.domain.policy;

import java.util.List;
import org.immutables.value.Value;

/** The user in a situation and the adjustments they asked for. */
@Value.Immutable
public abstract class UserSettings {

  @Value.Default
  public String id() {
    return "anonymous";
  }

  public abstract List<Adjustment> adjustments();

  public static ImmutableUserSettings.Builder builder() {
    return ImmutableUserSettings.builder();
  }

  public static UserSettings anonymous() {
    return builder().build();
  }
}
