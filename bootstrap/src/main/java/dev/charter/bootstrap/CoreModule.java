package dev.charter.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.charter.application.port.in.EvaluateSuite;
import dev.charter.application.port.in.InspectConstitution;
import dev.charter.application.port.in.JudgeSituation;
import dev.charter.application.port.in.OverseeDecisions;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.Clock;
import dev.charter.application.port.out.ConstitutionSource;
import dev.charter.application.port.out.DecisionEvents;
import dev.charter.application.service.ConstitutionService;
import dev.charter.application.service.EvaluationService;
import dev.charter.application.service.JudgeSituationService;
import dev.charter.application.service.JudgingSettings;
import dev.charter.application.service.OversightService;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.judgment.Judgment;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The use cases and what every deployment shares: the constitution in force, the judging
 * settings, the assessor thread pool, and replaceable defaults for the clock and events.
 */
final class CoreModule extends AbstractModule {

  private final CharterConfig config;
  private final List<Consumer<Judgment>> listeners;

  CoreModule(CharterConfig config, List<Consumer<Judgment>> listeners) {
    this.config = config;
    this.listeners = listeners;
  }

  @Override
  protected void configure() {
    bind(JudgeSituation.class).to(JudgeSituationService.class).in(Singleton.class);
    bind(OverseeDecisions.class).to(OversightService.class).in(Singleton.class);
    bind(InspectConstitution.class).to(ConstitutionService.class).in(Singleton.class);
    bind(EvaluateSuite.class).to(EvaluationService.class).in(Singleton.class);
    bind(JudgingSettings.class).toInstance(JudgingSettings.builder()
        .deadline(config.deadline())
        .refereeDeadline(config.refereeDeadline())
        .guardFailurePolicy(config.guardFailure())
        .build());
    OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.system());
    OptionalBinder.newOptionalBinder(binder(), DecisionEvents.class).setDefault()
        .toInstance(new JudgmentListeners(listeners));
    // Declared here so that a deployment with every assessor switched off still has a (empty) set.
    Multibinder.newSetBinder(binder(), Assessor.class);
  }

  @Provides
  @Singleton
  Constitution constitution(ConstitutionSource source) {
    var current = source.current();
    if (current.isInvalid()) {
      throw new ConstitutionRejected(current.getError());
    }
    return current.get();
  }

  @Provides
  @Singleton
  ExecutorService assessorPool() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "charter-assessor-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
