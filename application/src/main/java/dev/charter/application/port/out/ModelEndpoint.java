package dev.charter.application.port.out;

import dev.charter.domain.CharterStyle;
import java.net.URI;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * Where a {@link LanguageModel}'s API is, which model to ask, and how long to wait for it; every
 * provider's adapter takes one.
 */
@Value.Immutable
@CharterStyle
public abstract class ModelEndpoint {

  /** The API's base URL, e.g. {@code https://api.openai.com/v1} or {@code https://api.anthropic.com}. */
  public abstract URI baseUrl();

  /** The model name the endpoint knows, e.g. {@code gpt-4.1-mini}, {@code claude-haiku-4-5} or a local model's. */
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

  /** Whether {@code url} can be an endpoint's base: http or https, with a host. */
  public static boolean isHttpWithHost(URI url) {
    return ("https".equals(url.getScheme()) || "http".equals(url.getScheme())) && url.getHost() != null;
  }

  /**
   * Whether {@code url} carries a user name or password. An endpoint's may not: it is named in
   * judgments and the decision log, and the key belongs in {@link #apiKey()}.
   */
  public static boolean carriesCredentials(URI url) {
    return url.getRawUserInfo() != null;
  }

  @Value.Check
  protected void check() {
    if (!isHttpWithHost(baseUrl())) {
      throw new IllegalStateException("the model endpoint must be an http or https URL with a host, got '"
          + redacted() + "'");
    }
    if (carriesCredentials(baseUrl())) {
      throw new IllegalStateException("the model endpoint URL must carry no user name or password (put the key"
          + " in apiKey), got '" + redacted() + "'");
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

  /** The model and where it is, for the record: e.g. {@code gpt-4.1-mini at https://api.openai.com/v1}. */
  public String name() {
    return model() + " at " + redacted();
  }

  /** The URL for the record: scheme, host, port and path, without user info or query. */
  public String redacted() {
    URI url = baseUrl();
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
        + (url.getRawPath() == null ? "" : url.getRawPath());
  }

  public static ImmutableModelEndpoint.Builder builder() {
    return ImmutableModelEndpoint.builder();
  }
}
