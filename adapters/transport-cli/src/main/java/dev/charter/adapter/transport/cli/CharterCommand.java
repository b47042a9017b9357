package dev.charter.adapter.transport.cli;

import picocli.CommandLine.Command;

/** {@code charter}: the root command and its global options. */
@Command(
    name = "charter",
    mixinStandardHelpOptions = true,
    version = "Charter 0.1.0",
    description = "Judge requests, responses and agent actions against a written constitution; "
        + "oversee the decisions and stop them.",
    subcommands = {JudgeCommand.class, EvalCommand.class, ConstitutionCommand.class, StopCommand.class, ResumeCommand.class,
        StopsCommand.class, LogCommand.class},
    footer = {"", "Examples:",
        "  charter judge --text \"How do I kill a Python process that hangs?\"",
        "  charter judge situation.json --json",
        "  charter eval ../shared/datasets/xstest_prompts.csv --report out/",
        "  charter stop --scope deployment:shop --reason \"incident 42\"",
        "  charter log verify",
        "", "Exit status: 0 success, 2 bad input, 1 internal failure."})
final class CharterCommand implements Runnable {

  final PortsFactory factory;

  @picocli.CommandLine.Mixin
  GlobalOptions global;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  CharterCommand(PortsFactory factory) {
    this.factory = factory;
  }


  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
