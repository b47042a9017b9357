package dev.charter.adapter.transport.cli;

import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code charter resume}: an overseer lifts a stop order. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = "Lift the stop order for exactly this scope. The lifting is logged.",
    footer = {"", "Example:", "  charter resume --scope deployment:shop --by alice",
        "", "Exit status 2 if no order stands for the scope."})
final class ResumeCommand extends PortsCommand {

  @Option(names = "--scope", required = true, paramLabel = "SCOPE", description = "The scope whose order to lift.")
  String scope;

  @Option(names = "--by", paramLabel = "NAME", description = "The overseer lifting it (default: $USER).")
  String by;

  private StopScope parsed;

  @Override
  void before() {
    parsed = Scopes.parse(scope);
  }

  @Override
  int run(CharterPorts ports) {
    StopOrder lifted = ports.oversight().resume(parsed, Scopes.overseer(by)).getOrElseThrow(BadInput::new);
    out().println("Resumed " + lifted.scope() + " (stopped by " + lifted.issuedBy() + ": " + lifted.reason() + ")");
    return ExitCode.OK;
  }
}
