package dev.charter.adapter.transport.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the use cases for a command, given the global options. The composition root implements
 * it; a configuration it cannot use is reported by throwing {@link BadInput}.
 */
@FunctionalInterface
public interface PortsFactory {

  /**
   * Opens the use cases as configured. When {@code ephemeral}, the decision log and stop orders
   * are kept in memory for this command alone, whatever storage is configured, so that nothing it
   * judges reaches the production log (and no production stop order reaches it). When {@code
   * manyAtOnce}, the command judges many situations side by side (an evaluation run), and
   * assessors may be set up for throughput rather than for the latency of one judgment.
   */
  CharterPorts open(Optional<Path> dataDirectory, Optional<Path> configFile, boolean ephemeral, boolean manyAtOnce);

  /** Opens the use cases on the configured storage, for one judgment at a time. */
  default CharterPorts open(Optional<Path> dataDirectory, Optional<Path> configFile) {
    return open(dataDirectory, configFile, false, false);
  }
}
