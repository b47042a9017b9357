package dev.charter.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.charter.application.judge.LanguageModelJudge;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.domain.constitution.Constitution;

/**
 * Adds the {@link LanguageModelJudge} to the assessors, over whatever {@link LanguageModel} is
 * bound (the OpenAI-compatible adapter, or one of your own).
 */
final class LlmJudgeModule extends AbstractModule {

  private final LlmJudgeConfig.When when;

  LlmJudgeModule(LlmJudgeConfig.When when) {
    this.when = when;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), Assessor.class).addBinding().to(LanguageModelJudge.class);
  }

  @Provides
  @Singleton
  LanguageModelJudge judge(LanguageModel model, Constitution constitution) {
    return new LanguageModelJudge(model, constitution, when == LlmJudgeConfig.When.UNSURE);
  }
}
