package dev.charter.adapter.llm.openai;

import dev.charter.domain.CharterStyle;
import java.net.URI;
import java.time.Duration;
import org.immutables.value.Value;

/** Where an OpenAI-compatible chat endpoint is, which model to ask, and how long to wait for it. */
@Value.Immutable
@CharterStyle
public abstract class OpenAiSettings {

  /** The API's base URL, ending before {@code /chat/completions}. */
  @Value.Default
  public URI baseUrl() {
    return URI.create("https://api.openai.com/v1");
  }

  /** The model name the endpoint knows, e.g. {@code gpt-4.1-mini} or a local model's name. */
  public abstract String model();

  /** The API key; local servers often take any value. */
  @Value.Redacted
  public abstract String apiKey();

  /** How long one attempt may take; each retry gets as long again. */
  @Value.Default
  public Duration timeout() {
    return Duration.ofSeconds(20);
  }

  /** How often a failed request (connection error, 408, 429, 5xx) is retried. */
  @Value.Default
  public int maxRetries() {
    return 1;
  }

  @Value.Check
  protected void check() {
    String scheme = baseUrl().getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme)) {
      throw new IllegalStateException("the model endpoint must be an http or https URL, got '" + baseUrl() + "'");
    }
    if (model().isBlank()) {
      throw new IllegalStateException("the model name is empty");
    }
    if (timeout().isNegative() || timeout().isZero()) {
      throw new IllegalStateException("the model timeout must be positive");
    }
    if (maxRetries() < 0) {
      throw new IllegalStateException("maxRetries must be 0 or more");
    }
  }

  public static ImmutableOpenAiSettings.Builder builder() {
    return ImmutableOpenAiSettings.builder();
  }
}
