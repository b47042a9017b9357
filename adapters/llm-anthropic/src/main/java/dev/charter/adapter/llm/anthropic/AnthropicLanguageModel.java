package dev.charter.adapter.llm.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlock;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.LanguageModel.CallFailed;
import dev.charter.application.port.out.ModelEndpoint;
import dev.charter.application.port.out.ModelRequest;
import io.vavr.control.Try;
import java.util.stream.Collectors;

/**
 * A {@link LanguageModel} behind the Anthropic Messages API (or a server compatible with it),
 * through the official Anthropic Java SDK. Each request is one system prompt and one user message
 * with {@code max_tokens}; the reply is the text of its text blocks.
 */
public final class AnthropicLanguageModel implements LanguageModel, AutoCloseable {

  private final AnthropicClient client;
  private final String model;
  private final String name;

  public AnthropicLanguageModel(ModelEndpoint endpoint) {
    this.client = AnthropicOkHttpClient.builder()
        .baseUrl(endpoint.baseUrl().toString())
        .apiKey(endpoint.apiKey())
        .timeout(endpoint.timeout())
        .maxRetries(endpoint.maxRetries())
        .build();
    this.model = endpoint.model();
    this.name = endpoint.name();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Try<String> reply(ModelRequest request) {
    MessageCreateParams params = MessageCreateParams.builder()
        .model(model)
        .system(request.instructions())
        .addUserMessage(request.message())
        .maxTokens(request.maxReplyTokens())
        .build();
    return Try.of(() -> client.messages().create(params))
        .recoverWith(AnthropicServiceException.class,
            e -> Try.failure(new CallFailed("HTTP " + e.statusCode() + ": " + e.getMessage(), e)))
        .flatMap(AnthropicLanguageModel::text);
  }

  /** The text of the reply; a refusal, an empty reply or one cut at the token budget is a failure. */
  private static Try<String> text(Message message) {
    if (message.stopReason().filter(StopReason.MAX_TOKENS::equals).isPresent()) {
      return Try.failure(new CallFailed("the reply was cut at the token budget"));
    }
    if (message.stopReason().filter(StopReason.REFUSAL::equals).isPresent()) {
      return Try.failure(new CallFailed("the model refused to answer"));
    }
    String text = message.content().stream()
        .map(ContentBlock::text)
        .flatMap(java.util.Optional::stream)
        .map(TextBlock::text)
        .collect(Collectors.joining());
    return text.isBlank() ? Try.failure(new CallFailed("the reply is empty")) : Try.success(text);
  }

  @Override
  public void close() {
    client.close();
  }
}
