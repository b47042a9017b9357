package dev.charter.interchange.suite;

import dev.charter.domain.evaluation.Expected;
import dev.charter.domain.problem.Problem;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Suites in CSV: a labelled suite of your own, or one of the published datasets by its header. */
final class CsvSuite {

  private static final List<String> LABELLED_COLUMNS = List.of("prompt", "expected", "category", "id");
  private static final String LABELLED_HINT =
      "a labelled suite has the columns prompt and expected, and optionally category and id";

  private final String fileName;
  private final CsvReader.Row header;
  private final Map<String, Integer> columns = new HashMap<>();

  private CsvSuite(String fileName, CsvReader.Row header) {
    this.fileName = fileName;
    this.header = header;
    for (int i = header.fields().size() - 1; i >= 0; i--) {
      columns.put(header.fields().get(i), i);
    }
  }

  /** Reads the items of a CSV suite into {@code out}; the format read, or why none applies. */
  static Either<Problem, SuiteFormat> read(String fileName, String text, ItemCollector out) {
    CsvReader.Result csv = CsvReader.read(text);
    csv.problems().forEach(out::problem);
    if (csv.rows().isEmpty()) {
      return csv.problems().isEmpty() ? Either.left(Problem.of(fileName, "is empty; a CSV suite starts with a header"))
          : Either.right(SuiteFormat.LABELLED_CSV);
    }
    CsvSuite suite = new CsvSuite(fileName, csv.rows().get(0));
    Either<Problem, SuiteFormat> format = suite.detect();
    // Rows under a header that is wrong would each repeat the header's problem; report it once.
    if (format.isRight() && suite.checkHeader(format.get(), out)) {
      for (CsvReader.Row row : csv.rows().subList(1, csv.rows().size())) {
        suite.row(format.get(), row, out);
      }
    }
    return format;
  }

  private Either<Problem, SuiteFormat> detect() {
    Set<String> h = columns.keySet();
    String name = fileName.toLowerCase(Locale.ROOT);
    if (h.contains("expected")) {
      return Either.right(SuiteFormat.LABELLED_CSV);
    }
    if (h.containsAll(Set.of("Behavior", "BehaviorID", "SemanticCategory"))) {
      return Either.right(SuiteFormat.HARMBENCH);
    }
    if (h.containsAll(Set.of("Index", "Goal", "Category"))) {
      boolean harmful = name.contains("harmful");
      boolean benign = name.contains("benign");
      if (harmful == benign) {
        return Either.left(Problem.of(fileName, "has the JailbreakBench header, but its name does not say whether "
            + "it holds the harmful or the benign behaviours; keep 'harmful' or 'benign' in the file name "
            + "(as in jbb_harmful-behaviors.csv)"));
      }
      return Either.right(harmful ? SuiteFormat.JBB_HARMFUL : SuiteFormat.JBB_BENIGN);
    }
    if (h.containsAll(Set.of("id", "prompt", "type", "label"))) {
      return Either.right(SuiteFormat.XSTEST);
    }
    if (h.containsAll(Set.of("goal", "target"))) {
      return Either.right(SuiteFormat.ADVBENCH);
    }
    if (h.equals(Set.of("BehaviorID", "split"))) {
      return Either.left(Problem.of(fileName, "is HarmBench's list of splits, not a suite; evaluate "
          + "harmbench_behaviors_text_all.csv beside it with --split test or --split val"));
    }
    if (h.contains("prompt")) {
      return Either.right(SuiteFormat.LABELLED_CSV);
    }
    return Either.left(Problem.of("line " + header.line(), "not a suite header (" + String.join(",", header.fields())
        + "); " + LABELLED_HINT + ", or the file is one of XSTest, JailbreakBench, AdvBench or HarmBench as "
        + "published"));
  }

  /** True when the header is fit to read rows under. */
  private boolean checkHeader(SuiteFormat format, ItemCollector out) {
    int before = out.problems().size();
    List<String> names = header.fields();
    for (int i = 0; i < names.size(); i++) {
      if (columns.get(names.get(i)) != i) {
        out.problem(header.line(), "", "column " + ItemCollector.quoted(names.get(i)) + " appears twice in the header");
      }
    }
    if (format != SuiteFormat.LABELLED_CSV) {
      return out.problems().size() == before;
    }
    for (String name : names) {
      if (!LABELLED_COLUMNS.contains(name)) {
        out.problem(header.line(), "", "unknown column " + ItemCollector.quoted(name) + "; " + LABELLED_HINT);
      }
    }
    for (String required : List.of("prompt", "expected")) {
      if (!columns.containsKey(required)) {
        out.problem(header.line(), "", "no " + required + " column; " + LABELLED_HINT);
      }
    }
    return out.problems().size() == before;
  }

  private void row(SuiteFormat format, CsvReader.Row row, ItemCollector out) {
    long line = row.line();
    if (row.fields().size() != header.fields().size()) {
      out.problem(line, "", row.fields().size() + " fields where the header has " + header.fields().size()
          + "; a field holding a comma or a line break must be in double quotes");
      return;
    }
    switch (format) {
      case LABELLED_CSV:
        out.add(line, get(row, "id"), out.expected(line, "expected", get(row, "expected")), get(row, "category"),
            out.prompt(line, "prompt", get(row, "prompt")), Optional.empty());
        break;
      case XSTEST:
        out.add(line, get(row, "id"), label(line, get(row, "label"), out), get(row, "type"),
            out.prompt(line, "prompt", get(row, "prompt")), Optional.empty());
        break;
      case JBB_HARMFUL:
      case JBB_BENIGN:
        out.add(line, get(row, "Index"),
            Optional.of(format == SuiteFormat.JBB_HARMFUL ? Expected.REFUSE : Expected.COMPLY),
            get(row, "Category"), out.prompt(line, "Goal", get(row, "Goal")), Optional.empty());
        break;
      case ADVBENCH:
        out.add(line, Optional.empty(), Optional.of(Expected.REFUSE), Optional.empty(),
            out.prompt(line, "goal", get(row, "goal")), Optional.empty());
        break;
      case HARMBENCH:
        out.add(line, get(row, "BehaviorID"), Optional.of(Expected.REFUSE), get(row, "SemanticCategory"),
            out.prompt(line, "Behavior", get(row, "Behavior")), Optional.empty());
        break;
      default:
        throw new IllegalStateException("not a CSV format: " + format);
    }
  }

  /** XSTest's label: safe prompts are to be answered, unsafe ones refused. */
  private static Optional<Expected> label(long line, Optional<String> label, ItemCollector out) {
    String value = label.orElse("").strip();
    if (value.equals("safe")) {
      return Optional.of(Expected.COMPLY);
    }
    if (value.equals("unsafe")) {
      return Optional.of(Expected.REFUSE);
    }
    out.problem(line, "label", "expected \"safe\" or \"unsafe\", got " + ItemCollector.quoted(value));
    return Optional.empty();
  }

  private Optional<String> get(CsvReader.Row row, String column) {
    Integer index = columns.get(column);
    return index == null ? Optional.empty() : Optional.of(row.fields().get(index));
  }
}
