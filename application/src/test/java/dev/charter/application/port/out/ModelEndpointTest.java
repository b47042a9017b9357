package dev.charter.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ModelEndpointTest {

  private static ModelEndpoint endpoint(String url) {
    return ModelEndpoint.builder().baseUrl(URI.create(url)).model("m").apiKey("secret-key").build();
  }

  @Test
  void theEndpointIsNamedWithoutQueryAndTheKeyIsNeverShown() {
    ModelEndpoint endpoint = endpoint("https://gateway.example:8443/openai/v1?api-version=2025-01-01");

    assertThat(endpoint.redacted()).isEqualTo("https://gateway.example:8443/openai/v1");
    assertThat(endpoint.toString()).doesNotContain("secret-key");
  }

  @Test
  void credentialsInTheUrlOrAUrlWithoutHostAreRefused() {
    assertThatThrownBy(() -> endpoint("https://user:pass@gateway.example/v1"))
        .hasMessageContaining("no user name or password").hasMessageNotContaining("pass@");
    assertThatThrownBy(() -> endpoint("https:opaque")).hasMessageContaining("with a host");
    assertThatThrownBy(() -> endpoint("ftp://files.example/")).hasMessageContaining("http or https");
  }
}
