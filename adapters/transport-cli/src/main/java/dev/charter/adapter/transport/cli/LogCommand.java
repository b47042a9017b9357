package dev.charter.adapter.transport.cli;

import dev.charter.domain.log.ChainVerification;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.problem.Problem;
import dev.charter.interchange.json.LogEntryJson;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code charter log}: read and verify the decision log. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = "Read and verify the tamper-evident decision log.",
    subcommands = {LogCommand.Verify.class, LogCommand.Show.class},
    footer = {"", "Examples:", "  charter log verify", "  charter log show --last 5"})
final class LogCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Walk the whole hash chain and report the first broken link after any edit, deletion or "
          + "reordering of entries.",
      footer = {"", "Example:", "  charter log verify", "", "Exit status 0 when intact, 1 when the chain is broken."})
  static final class Verify extends PortsCommand {
    @Override
    int run(CharterPorts ports) {
      ChainVerification result = ports.oversight().verifyLog();
      if (result.intact()) {
        out().println("Decision log intact: " + result.entriesChecked() + " entries verified.");
        return ExitCode.OK;
      }
      spec.commandLine().getErr().println("Decision log BROKEN at entry " + result.firstBrokenSequence().get() + ": "
          + result.problem().get() + " (" + result.entriesChecked() + " entries before it verified)");
      return ExitCode.FAILURE;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show the most recent entries, oldest first.",
      footer = {"", "Example:", "  charter log show --last 5 --json"})
  static final class Show extends PortsCommand {
    @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "How many entries (default 20).")
    int last;

    @Option(names = "--json", description = "One JSON object per entry, with its full record.")
    boolean json;

    @Override
    void before() {
      if (last < 1) {
        throw new BadInput(Problem.of("--last", "must be at least 1, got " + last));
      }
    }

    @Override
    int run(CharterPorts ports) {
      List<LogEntry> entries = ports.oversight().recentEntries(last);
      if (entries.isEmpty() && !json) {
        out().println("The decision log is empty.");
      }
      for (LogEntry e : entries) {
        out().println(json ? LogEntryJson.write(e)
            : String.format(java.util.Locale.ROOT, "#%-5d %s  %-9s %-18s %s  %s…", e.sequence(), e.recordedAt(),
                e.kind().id(), e.summary().length() > 18 ? e.summary().substring(0, 17) + "…" : e.summary(),
                e.subject(), e.hash().substring(0, 12)));
      }
      return ExitCode.OK;
    }
  }
}
