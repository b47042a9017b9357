package dev.charter.bootstrap;

import dev.charter.adapter.transport.cli.CharterCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in-process against a data folder of the test's own. */
final class Cli {

  final Path data;
  private final boolean semantic;
  private final Map<String, String> environment;

  /** The deterministic path: what the screens alone decide, for tests about everything but the classifier. */
  Cli(Path data) {
    this(data, false);
  }

  Cli(Path data, boolean semantic) {
    this(data, semantic, Map.of());
  }

  private Cli(Path data, boolean semantic, Map<String, String> environment) {
    this.data = data;
    this.semantic = semantic;
    this.environment = environment;
  }

  /** The same, with one more environment variable set (or one of the defaults below replaced). */
  Cli with(String variable, String value) {
    Map<String, String> more = new HashMap<>(environment);
    more.put(variable, value);
    return new Cli(data, semantic, more);
  }

  /** The embedded default as shipped, semantic assessor included. */
  static Cli withSemanticAssessor(Path data) {
    return new Cli(data, true);
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new HashMap<>(Map.of("CHARTER_DATA", data.toString(), "CHARTER_CONFIG",
        Path.of("..", "charter.yaml").toString(), "CHARTER_CONSTITUTION",
        Path.of("..", "constitution", "default.yaml").toString(), "CHARTER_SEMANTIC", Boolean.toString(semantic)));
    env.putAll(environment);
    int status = CharterCli.run(args, new CommandLinePorts(env), new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }

  static final class Result {
    final int status;
    final String out;
    final String err;

    Result(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
