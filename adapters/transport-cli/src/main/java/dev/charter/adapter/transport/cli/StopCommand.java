package dev.charter.adapter.transport.cli;

import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import dev.charter.domain.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code charter stop}: an overseer's order to stop a scope. */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description = "Order a scope to stop: every judgment in it is HALT until an overseer resumes it. "
        + "Nothing a model, operator or user says can lift the order. The order is logged.",
    footer = {"", "Examples:",
        "  charter stop --scope all --reason \"emergency review\"",
        "  charter stop --scope tool:payments.send --reason \"duplicate payments seen\" --by alice",
        "", "Scopes: all, deployment:ID, conversation:ID, tool:NAME."})
final class StopCommand extends PortsCommand {

  @Option(names = "--scope", required = true, paramLabel = "SCOPE", description = "What to stop.")
  String scope;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; recorded and shown.")
  String reason;

  @Option(names = "--by", paramLabel = "NAME", description = "The overseer giving the order (default: $USER).")
  String by;

  private StopScope parsed;

  @Override
  void before() {
    parsed = Scopes.parse(scope);
    if (reason.isBlank()) {
      throw new BadInput(Problem.of("--reason", "say why the scope is stopped"));
    }
  }

  @Override
  int run(CharterPorts ports) {
    StopOrder order = ports.oversight().stop(parsed, reason.strip(), Scopes.overseer(by));
    out().println("Stopped " + order.scope() + " (by " + order.issuedBy() + "): " + order.reason());
    return ExitCode.OK;
  }
}
