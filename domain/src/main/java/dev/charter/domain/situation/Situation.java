package dev.charter.domain.situation;

import dev.charter.domain.policy.UserSettings;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is being judged, in its context: a request, a draft response or a proposed action, inside a
 * deployment, for a user, in a conversation whose every part carries its provenance.
 */
@Value.Immutable
public abstract class Situation {

  public abstract SituationKind kind();

  @Value.Default
  public Deployment deployment() {
    return Deployment.builder().build();
  }

  @Value.Default
  public UserSettings user() {
    return UserSettings.anonymous();
  }

  public abstract Conversation conversation();

  /** The draft response, present exactly when the kind is {@code response}. */
  public abstract Optional<String> response();

  /** The proposed action, present exactly when the kind is {@code action}. */
  public abstract Optional<ProposedAction> action();

  @Value.Check
  protected void check() {
    if ((kind() == SituationKind.RESPONSE) != response().isPresent()) {
      throw new IllegalStateException("a response text is required exactly when kind is 'response'");
    }
    if ((kind() == SituationKind.ACTION) != action().isPresent()) {
      throw new IllegalStateException("an action is required exactly when kind is 'action'");
    }
  }

  /** The text of the latest user message, or empty when there is none; found once, as every screen reads it. */
  @Value.Lazy
  public String userRequest() {
    return conversation().latestUserMessage().map(Message::text).orElse("");
  }

  public static ImmutableSituation.Builder builder() {
    return ImmutableSituation.builder();
  }
}
