package dev.charter.bootstrap;

import dev.charter.application.port.out.DecisionEvents;
import dev.charter.domain.judgment.Judgment;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The default publisher: hands each logged judgment to the listeners registered on the
 * {@link Charter} builder, in the caller's thread. A listener that throws is reported and skipped;
 * the judgment is already logged, and one subscriber must not break another.
 */
final class JudgmentListeners implements DecisionEvents {

  private static final Logger LOG = Logger.getLogger(JudgmentListeners.class.getName());
  private final List<Consumer<Judgment>> listeners;

  JudgmentListeners(List<Consumer<Judgment>> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void published(Judgment judgment) {
    for (Consumer<Judgment> listener : listeners) {
      try {
        listener.accept(judgment);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a judgment listener failed for " + judgment.id(), e);
      }
    }
  }
}
