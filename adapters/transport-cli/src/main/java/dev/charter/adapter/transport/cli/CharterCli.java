package dev.charter.adapter.transport.cli;

import dev.charter.domain.problem.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs one {@code charter} command line. Exit status: 0 success, 2 bad input (with a one-line error
 * per problem naming the field or file and line; a configuration naming something unusable is bad
 * input too), 1 internal failure.
 */
public final class CharterCli {

  private CharterCli() {}

  public static int run(String[] args, PortsFactory ports, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CharterCommand(ports));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, err));
    cli.setParameterExceptionHandler((e, args1) -> {
      err.println("charter: error: " + e.getMessage());
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.BAD_INPUT;
    });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  private static int report(Exception e, PrintWriter err) {
    if (e instanceof BadInput) {
      for (Problem problem : ((BadInput) e).problems()) {
        err.println("charter: error: " + problem);
      }
      return ExitCode.BAD_INPUT;
    }
    err.println("charter: internal error: " + e);
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      err.println("  caused by: " + cause);
    }
    return ExitCode.FAILURE;
  }
}
