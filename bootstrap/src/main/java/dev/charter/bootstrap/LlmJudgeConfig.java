package dev.charter.bootstrap;

import dev.charter.domain.CharterStyle;
import java.net.URI;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * An LLM judge on an OpenAI-compatible endpoint. As a referee (the default) it is asked only about
 * judgments the embedded assessors are unsure of; set to judge always, it runs beside them on every
 * judgment, under their common deadline.
 */
@Value.Immutable
@CharterStyle
public abstract class LlmJudgeConfig {

  /** When the judge is consulted. */
  public enum When {
    /** Only when another assessor is unsure; its answer settles the doubt. */
    UNSURE,
    /** On every judgment, beside the other assessors. */
    ALWAYS
  }

  @Value.Default
  public URI url() {
    return URI.create("https://api.openai.com/v1");
  }

  public abstract String model();

  @Value.Redacted
  public abstract String apiKey();

  @Value.Default
  public When when() {
    return When.UNSURE;
  }

  public static ImmutableLlmJudgeConfig.Builder builder() {
    return ImmutableLlmJudgeConfig.builder();
  }
}
