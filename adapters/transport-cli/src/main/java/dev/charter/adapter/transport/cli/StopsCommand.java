package dev.charter.adapter.transport.cli;

import dev.charter.domain.oversight.StopOrder;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code charter stops}: the stop orders in force. */
@Command(name = "stops", mixinStandardHelpOptions = true, description = "List the stop orders in force.",
    footer = {"", "Example:", "  charter stops"})
final class StopsCommand extends PortsCommand {

  @Override
  int run(CharterPorts ports) {
    List<StopOrder> orders = ports.oversight().stopOrders();
    if (orders.isEmpty()) {
      out().println("No stop orders in force.");
    }
    for (StopOrder o : orders) {
      out().println(o.scope() + "  since " + o.issuedAt() + "  by " + o.issuedBy() + ": " + o.reason());
    }
    return ExitCode.OK;
  }
}
