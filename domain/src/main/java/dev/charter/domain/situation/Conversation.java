package dev.charter.domain.situation;

import dev.charter.domain.principal.Speaker;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The conversation a situation arises in, each message with its provenance. */
@Value.Immutable
public abstract class Conversation {

  public abstract String id();

  public abstract List<Message> messages();

  /** The most recent user message: the request being judged, for a request. */
  public Optional<Message> latestUserMessage() {
    for (int i = messages().size() - 1; i >= 0; i--) {
      if (messages().get(i).speaker() == Speaker.USER) {
        return Optional.of(messages().get(i));
      }
    }
    return Optional.empty();
  }

  public static ImmutableConversation.Builder builder() {
    return ImmutableConversation.builder();
  }
}
