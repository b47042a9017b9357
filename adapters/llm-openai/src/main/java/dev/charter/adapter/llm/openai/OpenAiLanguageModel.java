package dev.charter.adapter.llm.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.LanguageModel.CallFailed;
import dev.charter.application.port.out.ModelEndpoint;
import dev.charter.application.port.out.ModelRequest;
import io.vavr.control.Try;

/**
 * A {@link LanguageModel} behind an OpenAI-compatible chat completions API (OpenAI itself, or a
 * vLLM, llama.cpp, Ollama or gateway server that speaks it), through the official OpenAI Java SDK.
 *
 * <p>Each request is one system message and one user message with {@code max_completion_tokens};
 * no temperature is sent, because some models accept only their default.
 */
public final class OpenAiLanguageModel implements LanguageModel, AutoCloseable {

  private final OpenAIClient client;
  private final String model;
  private final String name;

  public OpenAiLanguageModel(ModelEndpoint endpoint) {
    this.client = OpenAIOkHttpClient.builder()
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
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
        .model(model)
        .addSystemMessage(request.instructions())
        .addUserMessage(request.message())
        .maxCompletionTokens(request.maxReplyTokens())
        .build();
    return Try.of(() -> client.chat().completions().create(params))
        .recoverWith(OpenAIServiceException.class,
            e -> Try.failure(new CallFailed("HTTP " + e.statusCode() + ": " + e.getMessage(), e)))
        .flatMap(OpenAiLanguageModel::text);
  }

  /** The text of the first choice; a refusal, an empty reply or one cut at the token budget is a failure. */
  private static Try<String> text(ChatCompletion completion) {
    if (completion.choices().isEmpty()) {
      return Try.failure(new CallFailed("the reply has no choices"));
    }
    ChatCompletion.Choice choice = completion.choices().get(0);
    if (choice.finishReason().equals(ChatCompletion.Choice.FinishReason.LENGTH)) {
      return Try.failure(new CallFailed("the reply was cut at the token budget"));
    }
    if (choice.message().refusal().isPresent()) {
      return Try.failure(new CallFailed("the model refused: " + choice.message().refusal().get()));
    }
    return choice.message().content().filter(c -> !c.isBlank())
        .map(Try::success)
        .orElseGet(() -> Try.failure(new CallFailed("the reply is empty")));
  }

  @Override
  public void close() {
    client.close();
  }
}
