package dev.charter.adapter.transport.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that opens the use cases, does its work with them, and closes them. */
abstract class PortsCommand implements Callable<Integer> {

  @Mixin
  GlobalOptions global;

  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    CharterCommand root = (CharterCommand) spec.root().userObject();
    Optional<java.nio.file.Path> data = Optional.ofNullable(global.data).or(() -> Optional.ofNullable(root.global.data));
    Optional<java.nio.file.Path> config =
        Optional.ofNullable(global.config).or(() -> Optional.ofNullable(root.global.config));
    before();
    try (CharterPorts ports = root.factory.open(data, config, ephemeral(), manyAtOnce())) {
      return run(ports);
    }
  }

  /** Checks that need no ports (option combinations), so bad input fails before anything opens. */
  void before() {}

  /** Whether this command keeps its judgments apart from the production log and stop orders. */
  boolean ephemeral() {
    return false;
  }

  /** Whether this command judges many situations side by side. */
  boolean manyAtOnce() {
    return false;
  }

  abstract int run(CharterPorts ports) throws Exception;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
