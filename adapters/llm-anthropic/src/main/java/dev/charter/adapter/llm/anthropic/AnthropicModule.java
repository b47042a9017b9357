package dev.charter.adapter.llm.anthropic;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.ModelEndpoint;

/** Binds the {@link LanguageModel} port to the Anthropic Messages API. */
public final class AnthropicModule extends AbstractModule {

  private final ModelEndpoint endpoint;

  public AnthropicModule(ModelEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Provides
  @Singleton
  LanguageModel languageModel() {
    return new AnthropicLanguageModel(endpoint);
  }
}
