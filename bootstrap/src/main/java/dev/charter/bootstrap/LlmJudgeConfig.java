package dev.charter.bootstrap;

import dev.charter.domain.CharterStyle;
import java.net.URI;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * An LLM judge on an OpenAI-compatible or Anthropic endpoint. As a referee (the default) it is asked only about
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
    /**
     * On every judgment, beside the other assessors and under their deadline; its findings join
     * theirs, and it does not settle their doubts.
     */
    ALWAYS
  }

  /** Which API the endpoint speaks. */
  public enum Provider {
    OPENAI("https://api.openai.com/v1", "OPENAI_API_KEY"),
    ANTHROPIC("https://api.anthropic.com", "ANTHROPIC_API_KEY");

    private final URI defaultUrl;
    private final String defaultKeyVariable;

    Provider(String defaultUrl, String defaultKeyVariable) {
      this.defaultUrl = URI.create(defaultUrl);
      this.defaultKeyVariable = defaultKeyVariable;
    }

    public URI defaultUrl() {
      return defaultUrl;
    }

    /** The environment variable the key is read from unless another is named. */
    public String defaultKeyVariable() {
      return defaultKeyVariable;
    }
  }

  @Value.Default
  public Provider provider() {
    return Provider.OPENAI;
  }

  /** The API's base URL; by default the provider's own. */
  @Value.Default
  public URI url() {
    return provider().defaultUrl();
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
