package dev.charter.application.port.out;

import dev.charter.domain.CharterStyle;
import org.immutables.value.Value;

/** One exchange with a {@link LanguageModel}: its instructions, one message, and a reply budget. */
@Value.Immutable
@CharterStyle
public abstract class ModelRequest {

  /** The system (or developer) instructions. */
  public abstract String instructions();

  /** The one user message. */
  public abstract String message();

  /** The most tokens the reply may take; a reply cut at this length is a failure. */
  @Value.Default
  public int maxReplyTokens() {
    return 1_000;
  }

  @Value.Check
  protected void check() {
    if (maxReplyTokens() <= 0) {
      throw new IllegalStateException("maxReplyTokens must be positive");
    }
  }

  public static ModelRequest of(String instructions, String message) {
    return ImmutableModelRequest.builder().instructions(instructions).message(message).build();
  }
}
