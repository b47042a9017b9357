package dev.charter.adapter.assessor.semantic;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.charter.adapter.assessor.semantic.internal.ClassifierHead;
import dev.charter.application.port.out.Assessor;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Adds the {@link SemanticAssessor} to the set of assessors, with the bundled classifier head or a
 * head file of your own. Nothing is loaded in {@link #configure()}: the assessor is a singleton
 * made on first use, so commands that judge nothing never load the model; Charter's builder asks
 * for it at start, so an embedding service still fails fast on a missing or corrupt head, with a
 * {@link dev.charter.application.port.CannotStart} that names the file and what is
 * wrong with it.
 */
public final class SemanticAssessorModule extends AbstractModule {

  private final Optional<Path> headFile;
  private final EmbeddingThreads threads;

  /** With the head bundled in the jar, each embedding using every core. */
  public SemanticAssessorModule() {
    this(Optional.empty(), EmbeddingThreads.ALL_CORES);
  }

  private SemanticAssessorModule(Optional<Path> headFile, EmbeddingThreads threads) {
    this.headFile = headFile;
    this.threads = threads;
  }

  /** With a head file of your own, e.g. one retrained on your data (see the training README). */
  public SemanticAssessorModule withHead(Path headFile) {
    return new SemanticAssessorModule(Optional.of(headFile), threads);
  }

  /** With another choice of how each embedding uses the cores. */
  public SemanticAssessorModule withThreads(EmbeddingThreads threads) {
    return new SemanticAssessorModule(headFile, threads);
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), Assessor.class).addBinding().to(SemanticAssessor.class);
  }

  @Provides
  @Singleton
  SemanticAssessor semanticAssessor() {
    return new SemanticAssessor(headFile.map(ClassifierHead::fromFile).orElseGet(ClassifierHead::bundled), threads);
  }
}
