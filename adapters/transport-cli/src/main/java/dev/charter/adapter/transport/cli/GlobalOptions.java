package dev.charter.adapter.transport.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command accepts, before or after its name. */
final class GlobalOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of the embedded database (default: $CHARTER_DATA, else ./data).")
  Path data;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: $CHARTER_CONFIG, else ./charter.yaml if present).")
  Path config;
}
