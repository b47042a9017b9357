package dev.charter.application.port.out;

import dev.charter.domain.judgment.Judgment;

/**
 * Publishes judgments once they are logged, for dashboards, alerting and review queues.
 *
 * <p>An implementation must not block the caller for long and must not throw for a subscriber's
 * failure: the decision is already made and logged when it publishes.
 */
public interface DecisionEvents {

  void published(Judgment judgment);
}
