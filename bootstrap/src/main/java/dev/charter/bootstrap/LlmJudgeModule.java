package dev.charter.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.charter.application.judge.LanguageModelJudge;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.domain.constitution.Constitution;
import java.util.List;

/**
 * Adds the {@link LanguageModelJudge} to the assessors, over whatever {@link LanguageModel} is
 * bound (the OpenAI-compatible adapter, or one of your own). A model client that needs closing is
 * added to the resources {@link Charter#close()} closes once the judge has opened it, so closing a
 * lazily opened Charter that never judged (a command that only shows the log) opens none.
 */
final class LlmJudgeModule extends AbstractModule {

  private final LlmJudgeConfig.When when;
  private final List<AutoCloseable> resources;

  LlmJudgeModule(LlmJudgeConfig.When when, List<AutoCloseable> resources) {
    this.when = when;
    this.resources = resources;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), Assessor.class).addBinding().to(LanguageModelJudge.class);
  }

  @Provides
  @Singleton
  LanguageModelJudge judge(LanguageModel model, Constitution constitution) {
    if (model instanceof AutoCloseable closeable) {
      resources.add(closeable);
    }
    return new LanguageModelJudge(model, constitution, when == LlmJudgeConfig.When.UNSURE);
  }
}
