package dev.charter.adapter.transport.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the use cases for a command, given the global options. The composition root implements
 * it; a configuration it cannot use is reported by throwing {@link BadInput}.
 */
@FunctionalInterface
public interface PortsFactory {

  CharterPorts open(Optional<Path> dataDirectory, Optional<Path> configFile);
}
