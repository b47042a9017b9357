package dev.charter.bootstrap;

import dev.charter.adapter.assessor.semantic.EmbeddingThreads;
import dev.charter.adapter.transport.cli.BadInput;
import dev.charter.adapter.transport.cli.CharterPorts;
import dev.charter.adapter.transport.cli.PortsFactory;
import dev.charter.application.port.CannotStart;
import dev.charter.application.port.in.EvaluateSuite;
import dev.charter.application.port.in.InspectConstitution;
import dev.charter.application.port.in.JudgeSituation;
import dev.charter.application.port.in.OverseeDecisions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Opens Charter for one command line from the configuration, the environment and the global options. */
final class CommandLinePorts implements PortsFactory {

  private final Map<String, String> env;

  CommandLinePorts(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public CharterPorts open(Optional<Path> dataDirectory, Optional<Path> configFile, boolean ephemeral,
      boolean manyAtOnce) {
    CharterConfig config = new ConfigLoader(env).load(configFile).getOrElseThrow(BadInput::new);
    if (dataDirectory.isPresent()) {
      config = ImmutableCharterConfig.copyOf(config).withDataDirectory(dataDirectory.get());
    }
    if (ephemeral) {
      config = ImmutableCharterConfig.copyOf(config).withStorage(StorageKind.MEMORY);
    }
    if (manyAtOnce && config.semanticThreads().isEmpty()) {
      // Many judgments side by side: one thread per embedding keeps every core busy with its own
      // judgment instead of handing cores back and forth.
      config = ImmutableCharterConfig.copyOf(config).withSemanticThreads(EmbeddingThreads.PER_JUDGMENT);
    }
    Charter charter;
    try {
      charter = Charter.builder().config(config).buildLazily();
    } catch (CannotStart e) {
      throw new BadInput(e.problem());
    }
    return new CharterPorts() {
      @Override
      public JudgeSituation judge() {
        return situation -> {
          try {
            return charter.judge().judge(situation);
          } catch (com.google.inject.ProvisionException e) {
            throw rejected(e);
          }
        };
      }

      @Override
      public OverseeDecisions oversight() {
        return charter.oversight();
      }

      @Override
      public InspectConstitution constitution() {
        return charter.constitution();
      }

      @Override
      public EvaluateSuite evaluate() {
        return (items, concurrency, progress) -> {
          try {
            return charter.evaluate().evaluate(items, concurrency, progress);
          } catch (com.google.inject.ProvisionException e) {
            throw rejected(e);
          }
        };
      }

      @Override
      public void close() {
        charter.close();
      }
    };
  }

  /**
   * A constitution that fails validation, or an assessor that cannot start (a classifier head that
   * is missing or corrupt), is bad input to the command: listed problem by problem, with the file at
   * fault. So is storage that cannot be opened, above: the configuration names it.
   */
  private static RuntimeException rejected(com.google.inject.ProvisionException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstitutionRejected) {
        return new BadInput(((ConstitutionRejected) cause).problems());
      }
      if (cause instanceof CannotStart adapter) {
        return new BadInput(adapter.problem());
      }
    }
    return e;
  }
}
