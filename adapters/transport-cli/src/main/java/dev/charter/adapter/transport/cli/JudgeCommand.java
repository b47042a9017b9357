package dev.charter.adapter.transport.cli;

import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import dev.charter.interchange.json.JudgmentJson;
import dev.charter.interchange.json.SituationJson;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code charter judge}: judges situations and logs each judgment. */
@Command(
    name = "judge",
    mixinStandardHelpOptions = true,
    description = "Judge one situation (JSON), one per line (--jsonl), or a single user request (--text). "
        + "Every judgment is written to the decision log.",
    footer = {"", "Examples:",
        "  charter judge --text \"How do I kill a Python process that hangs?\"",
        "  charter judge situation.json",
        "  charter judge --jsonl --json < situations.jsonl",
        "", "A malformed situation is reported with the field or line at fault (exit 2) and nothing is logged."})
final class JudgeCommand extends PortsCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-",
      description = "A situation JSON file, or - for standard input.")
  String file;

  @Option(names = "--text", paramLabel = "TEXT", description = "Judge a single user request given as text.")
  String text;

  @Option(names = "--jsonl", description = "The input holds one situation per line.")
  boolean jsonl;

  @Option(names = "--json", description = "Print the judgment as JSON (one per line with --jsonl).")
  boolean json;

  private final InputStream stdin;
  private List<Situation> situations;

  JudgeCommand() {
    this(System.in);
  }

  JudgeCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  void before() {
    if ((text == null) == (file == null)) {
      throw new BadInput(Problem.of("judge", "give exactly one of FILE, - (standard input) or --text"));
    }
    if (text != null && jsonl) {
      throw new BadInput(Problem.of("judge", "--jsonl reads a file or standard input, not --text"));
    }
    // Every situation is read and checked before any is judged, so bad input writes nothing.
    situations = text != null ? List.of(textSituation()) : read();
  }

  @Override
  int run(CharterPorts ports) {
    for (int i = 0; i < situations.size(); i++) {
      Validation<Seq<Problem>, Judgment> judged = ports.judge().judge(situations.get(i));
      if (judged.isInvalid()) {
        String prefix = jsonl ? "line " + (i + 1) + ": " : "";
        throw new BadInput(judged.getError().map(p -> Problem.of(prefix + p.where(), p.what())).toJavaList());
      }
      Judgment judgment = judged.get();
      if (json) {
        out().println(jsonl ? JudgmentJson.write(judgment) : JudgmentJson.writePretty(judgment));
      } else {
        out().print(JudgmentSummary.of(judgment));
        if (i < situations.size() - 1) {
          out().println();
        }
      }
    }
    return ExitCode.OK;
  }

  private Situation textSituation() {
    if (text.isBlank()) {
      throw new BadInput(Problem.of("--text", "the request is empty"));
    }
    return SituationJson.forText(text);
  }

  private List<Situation> read() {
    String input = readInput();
    if (!jsonl) {
      Validation<Seq<Problem>, Situation> situation = SituationJson.read(input);
      if (situation.isInvalid()) {
        throw new BadInput(situation.getError().toJavaList());
      }
      return List.of(situation.get());
    }
    List<Situation> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (Reader reader = new StringReader(input)) {
      SituationJson.readLines(reader).forEach(line -> {
        if (line.isValid()) {
          read.add(line.get());
        } else {
          problems.addAll(line.getError().toJavaList());
        }
      });
    } catch (IOException e) {
      throw new BadInput(Problem.of(source(), "cannot read: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    if (read.isEmpty()) {
      throw new BadInput(Problem.of(source(), "no situations to judge"));
    }
    return read;
  }

  private String readInput() {
    try {
      if (file.equals("-")) {
        java.io.StringWriter all = new java.io.StringWriter();
        new InputStreamReader(stdin, StandardCharsets.UTF_8).transferTo(all);
        return all.toString();
      }
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadInput(Problem.of(file, "no such file"));
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new BadInput(Problem.of(source(), "cannot read: " + e.getMessage()));
    }
  }

  private String source() {
    return "-".equals(file) ? "standard input" : file;
  }
}
