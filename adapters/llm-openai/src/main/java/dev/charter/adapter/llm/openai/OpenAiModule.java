package dev.charter.adapter.llm.openai;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.charter.application.port.out.LanguageModel;

/** Binds the {@link LanguageModel} port to an OpenAI-compatible endpoint. */
public final class OpenAiModule extends AbstractModule {

  private final OpenAiSettings settings;

  public OpenAiModule(OpenAiSettings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  LanguageModel languageModel() {
    return new OpenAiLanguageModel(settings);
  }
}
