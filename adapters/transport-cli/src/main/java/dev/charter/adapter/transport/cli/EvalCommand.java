package dev.charter.adapter.transport.cli;

import dev.charter.application.port.in.EvaluateSuite;
import dev.charter.domain.evaluation.EvaluationReport;
import dev.charter.domain.evaluation.LabelledItem;
import dev.charter.domain.problem.Problem;
import dev.charter.interchange.report.EvaluationHtml;
import dev.charter.interchange.report.EvaluationJson;
import dev.charter.interchange.report.SuiteRun;
import dev.charter.interchange.suite.LabelledSuite;
import dev.charter.interchange.suite.SuiteOptions;
import dev.charter.interchange.suite.SuiteReader;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charter eval}: judges every item of a labelled suite and reports how the verdicts compare
 * with the labels. Judgments go to an in-memory log unless {@code --log} is given.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {"Judge every item of a labelled suite through the full pipeline (whatever assessors the "
        + "configuration enables) and report how the verdicts compare with the labels.",
        "",
        "A suite is JSON Lines (one object per line: \"prompt\" or \"situation\", \"expected\": comply | refuse, "
            + "optional \"id\" and \"category\") or CSV (header prompt,expected[,category][,id]). The published "
            + "refusal sets are read as they are: XSTest, JailbreakBench harmful and benign behaviours, AdvBench, "
            + "HarmBench and the unified refusal set, and prompts labelled helpful_request or instruction_task.",
        "",
        "PROCEED and PROCEED_WITH_CARE count as compliance; PROCEED_PARTIALLY, ESCALATE, DECLINE and HALT as "
            + "refusal (partial verdicts are also counted on their own). Refusal is the positive class for "
            + "precision, recall and F1. An item is deferred when its verdict is ESCALATE, a hard constraint's "
            + "finding is unsure, the balance decided with a concern its assessor was unsure of (the constitution's "
            + "fallback decided), or a failed guard decided it.",
        "",
        "Every line is checked before anything is judged. Judgments are kept in memory, apart from the "
            + "decision log and its stop orders, unless --log is given."},
    footer = {"", "Examples:",
        "  charter eval ../shared/datasets/xstest_prompts.csv",
        "  charter eval ../shared/datasets/harmbench_behaviors_text_all.csv \\",
        "      --split test --exclude-category copyright",
        "  charter eval my-suite.jsonl --report out/ --json > out/summary.json",
        "", "Exit status: 0 when the evaluation ran (whatever the scores), 2 on bad input (every problem with its "
            + "line; nothing is judged), 1 on an internal failure."})
final class EvalCommand extends PortsCommand {

  @Parameters(index = "0", paramLabel = "SUITE", description = "The labelled suite: a .jsonl or .csv file.")
  Path suite;

  @Option(names = "--json", description = "Print the report as one JSON object instead of the summary.")
  boolean json;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write DIR/report.json and DIR/report.html (self-contained; opens offline).")
  Path reportDirectory;

  @Option(names = "--log", description = "Write every judgment to the decision log (by default nothing is logged).")
  boolean log;

  @Option(names = "--split", paramLabel = "test|val",
      description = "HarmBench only: keep the behaviours of this split, as listed in harmbench_split_ids.csv "
          + "beside the suite.")
  String split;

  @Option(names = "--exclude-category", paramLabel = "CATEGORY",
      description = "Leave out the items of this category (any case); may be repeated.")
  List<String> excludedCategories = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "N", description = "Judge only the first N items (after --split and "
      + "--exclude-category).")
  Integer limit;

  /** Measured on two cores: four in flight per core judged about 1.4 times as many prompts/s as one. */
  private static final int IN_FLIGHT_PER_PROCESSOR = 4;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "Judge up to N items at once (default: four per processor). A judgment spends part of its "
          + "time handing work between threads and waiting for it, so a few in flight per core keep every core "
          + "busy. Latencies then include contention; --concurrency 1 measures one judgment at a time.")
  Integer concurrency;

  @Option(names = "--progress", description = "Show the progress bar on standard error even when it is not a "
      + "terminal (it is shown on a terminal anyway).")
  boolean progress;

  private LabelledSuite read;
  private List<LabelledItem> items;

  @Override
  void before() {
    checkOptions();
    read = read();
    items = limit == null || limit >= read.items().size() ? read.items() : read.items().subList(0, limit);
    if (items.isEmpty()) {
      throw new BadInput(Problem.of(suite.toString(), "every one of its " + read.read() + " items was left out by "
          + "--split or --exclude-category; nothing to judge"));
    }
  }

  @Override
  boolean ephemeral() {
    return !log;
  }

  @Override
  boolean manyAtOnce() {
    return true;
  }

  @Override
  int run(CharterPorts ports) {
    PrintWriter err = spec.commandLine().getErr();
    read.notes().forEach(note -> err.println("charter: note: " + note));
    SuiteRun run = new SuiteRun(suite.toString(), read.format().description(), read.read() - items.size(), log,
        concurrency);

    ProgressBar bar = progress || System.console() != null ? new ProgressBar(err) : null;
    Validation<Seq<Problem>, EvaluationReport> evaluated = ports.evaluate()
        .evaluate(items, concurrency, bar == null ? EvaluateSuite.Progress.none() : bar);
    if (bar != null) {
      bar.clear();
    }
    if (evaluated.isInvalid()) {
      throw new BadInput(evaluated.getError().toJavaList());
    }
    EvaluationReport report = evaluated.get();

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(EvaluationJson.write(run, report));
    } else {
      out.print(EvaluationSummary.of(run, report));
    }
    if (reportDirectory != null) {
      writeReport(run, report);
      if (!json) {
        out.println("Report: " + reportDirectory.resolve("report.html"));
      }
    }
    return ExitCode.OK;
  }

  private void checkOptions() {
    List<Problem> problems = new ArrayList<>();
    if (limit != null && limit < 1) {
      problems.add(Problem.of("--limit", "must be at least 1, got " + limit));
    }
    if (concurrency == null) {
      concurrency = IN_FLIGHT_PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    }
    if (concurrency < 1) {
      problems.add(Problem.of("--concurrency", "must be at least 1, got " + concurrency));
    }
    if (split != null && !split.equals("test") && !split.equals("val")) {
      problems.add(Problem.of("--split", "expected test or val, got \"" + split + "\""));
    }
    if (reportDirectory != null) {
      // Found out now, not after a long suite has been judged.
      try {
        Files.createDirectories(reportDirectory);
        if (!Files.isWritable(reportDirectory)) {
          problems.add(Problem.of("--report", reportDirectory + " is not writable"));
        }
      } catch (IOException e) {
        problems.add(Problem.of("--report", "cannot create " + reportDirectory + ": " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
  }

  private LabelledSuite read() {
    SuiteOptions options = new SuiteOptions(Optional.ofNullable(split), new LinkedHashSet<>(excludedCategories));
    Validation<Seq<Problem>, LabelledSuite> read = SuiteReader.read(suite, options);
    if (read.isInvalid()) {
      throw new BadInput(read.getError().toJavaList());
    }
    return read.get();
  }

  private void writeReport(SuiteRun run, EvaluationReport report) {
    try {
      Files.writeString(reportDirectory.resolve("report.json"), EvaluationJson.write(run, report),
          StandardCharsets.UTF_8);
      Files.writeString(reportDirectory.resolve("report.html"), EvaluationHtml.write(run, report),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInput(Problem.of("--report", "cannot write to " + reportDirectory + ": " + e.getMessage()));
    }
  }
}
