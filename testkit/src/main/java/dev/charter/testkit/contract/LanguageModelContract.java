package dev.charter.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.ModelRequest;
import io.vavr.control.Try;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LanguageModel} adapter must do, as tests. Extend it in your test sources and
 * point the adapter at a local server on 127.0.0.1 that speaks your provider's real wire format
 * (never at the provider itself): {@link #modelReplying} serves one scripted reply, {@link
 * #modelThatCannotBeReached} points at a port nothing listens on.
 *
 * <pre>{@code
 * class MyLanguageModelTest extends LanguageModelContract {
 *   MockWebServer server = ...;
 *
 *   @Override
 *   protected LanguageModel modelReplying(String text) {
 *     server.enqueue(new MockResponse().setBody(myProviderJson(text)));
 *     return new MyLanguageModel(server.url("/").uri());
 *   }
 *   ...
 * }
 * }</pre>
 */
public abstract class LanguageModelContract {

  /** An adapter whose endpoint will answer the next request with exactly {@code text}. */
  protected abstract LanguageModel modelReplying(String text);

  /** An adapter whose endpoint refuses connections; {@link #unreachable} gives such an address. */
  protected abstract LanguageModel modelThatCannotBeReached();

  /**
   * {@code http://127.0.0.1:PORT} plus {@code path}, where PORT was free a moment ago and nothing
   * listens on it: connections are refused at once.
   */
  protected static URI unreachable(String path) {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theReplyComesBackWholeAndUnchanged() {
    String text = "CONSTRAINT csam CLEAR 0.99 | nothing of the kind\n\u00e9\u00e8 \u201cquoted\u201d \\ \"json\"\nEND";

    Try<String> reply = modelReplying(text).reply(ModelRequest.of("instructions", "message"));

    assertThat(reply.isSuccess()).as("reply succeeded: %s", reply).isTrue();
    assertThat(reply.get()).isEqualTo(text);
  }

  @Test
  void anUnreachableEndpointIsAFailureThatSaysWhy() {
    LanguageModel model = modelThatCannotBeReached();

    Try<String> reply = model.reply(ModelRequest.of("instructions", "message"));

    assertThat(reply.isFailure()).isTrue();
    assertThat(reply.getCause().getMessage()).isNotBlank();
  }

  @Test
  void itNamesTheModelAndWhereItIs() {
    assertThat(modelReplying("END").name()).isNotBlank();
  }
}
