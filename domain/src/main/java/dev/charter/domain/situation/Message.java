package dev.charter.domain.situation;

import dev.charter.domain.principal.Speaker;
import java.util.Optional;
import org.immutables.value.Value;

/** One part of a conversation with its provenance: who said it, and for inputs, their name. */
@Value.Immutable
public abstract class Message {

  public abstract Speaker speaker();

  public abstract String text();

  /** The tool, document or agent name, when the speaker has one. */
  public abstract Optional<String> name();

  /** How the message is named in rationales: {@code tool 'web_search'} or {@code user}. */
  public String provenance() {
    return name().map(n -> speaker().id() + " '" + n + "'").orElse(speaker().id());
  }

  public static Message of(Speaker speaker, String text) {
    return ImmutableMessage.builder().speaker(speaker).text(text).build();
  }

  public static ImmutableMessage.Builder builder() {
    return ImmutableMessage.builder();
  }
}
