package dev.charter.adapter.llm.openai;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.application.port.out.ModelEndpoint;

/** Binds the {@link LanguageModel} port to an OpenAI-compatible endpoint. */
public final class OpenAiModule extends AbstractModule {

  private final ModelEndpoint endpoint;

  public OpenAiModule(ModelEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Provides
  @Singleton
  LanguageModel languageModel() {
    return new OpenAiLanguageModel(endpoint);
  }
}
