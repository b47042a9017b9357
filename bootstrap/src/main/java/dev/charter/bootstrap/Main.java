package dev.charter.bootstrap;

import dev.charter.adapter.transport.cli.CharterCli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code charter} command. */
public final class Main {

  /**
   * Held so the settings stick (java.util.logging keeps loggers weakly). The model runtime probes
   * for a GPU and warns when there is none; on a CPU-only machine that is expected, not news.
   */
  private static final java.util.logging.Logger MODEL_RUNTIME = java.util.logging.Logger.getLogger("ai.djl");

  private Main() {}

  public static void main(String[] args) {
    // The embedded database and the CLI log nothing on success; keep third-party chatter quiet too.
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    MODEL_RUNTIME.setLevel(java.util.logging.Level.SEVERE);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = CharterCli.run(args, new CommandLinePorts(System.getenv()), out, err);
    System.exit(status);
  }
}
