package dev.charter.application.port.out;

import io.vavr.control.Try;

/**
 * A chat model behind some provider's API (OpenAI-compatible, Anthropic, a local server).
 *
 * <p>An implementation must be thread-safe, must send exactly the request it is given (no hidden
 * instructions of its own), and must report every failure as a {@code Try} failure whose message
 * names the cause (unreachable endpoint, an HTTP status and the provider's error text, an empty or
 * truncated reply), never by throwing and never by returning an empty reply as if it were an answer.
 */
public interface LanguageModel {

  /** Which model and where, for the record: e.g. {@code "gpt-4.1-mini at https://api.openai.com/v1"}. */
  String name();

  /** The model's whole reply to {@code request}. */
  Try<String> reply(ModelRequest request);

  /**
   * Why a call gave no usable reply: the HTTP status and the provider's error text, a refusal, an
   * empty reply, or one cut at the token budget. Adapters return it inside a {@code Try} failure,
   * never throw it.
   */
  final class CallFailed extends RuntimeException {

    public CallFailed(String message) {
      super(message, null, false, false);
    }

    public CallFailed(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }
}
