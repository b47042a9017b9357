package dev.charter.adapter.assessor.semantic;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.charter.application.port.out.Assessor;

/**
 * Adds the {@link SemanticAssessor} to the set of assessors. Nothing is loaded in {@link
 * #configure()}; the assessor is an eager singleton, so Guice creates it, reading and validating the
 * head and loading the embedding model, when the injector is created: a missing or corrupt head
 * fails the start (a {@code CreationException} carrying the {@code HeadLoadException}'s message)
 * rather than the first judgment.
 */
public final class SemanticAssessorModule extends AbstractModule {

  @Override
  protected void configure() {
    // A singleton made on first use: commands that judge nothing never load the model. Charter's
    // builder asks for it at start, so an embedding service still fails fast on a broken head.
    bind(SemanticAssessor.class).in(Singleton.class);
    Multibinder.newSetBinder(binder(), Assessor.class).addBinding().to(SemanticAssessor.class);
  }
}
