package dev.charter.adapter.assessor.semantic.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.adapter.assessor.semantic.internal.HarmArea;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The training data and the rules that make it, in one place:
 *
 * <ul>
 *   <li>benign: HH-RLHF helpful first turns, the Self-Instruct seed tasks, JBB benign behaviours,
 *       and the hh-harmless first turns graded benign;
 *   <li>harmful, with an area: AdvBench (areas assigned by the team, {@code source-categories.tsv}),
 *       HarmBench {@code val} rows only (from their semantic category, refined per row; copyright
 *       rows left out), JBB harmful behaviours without the {@code TDC/HarmBench} rows (from their
 *       category, refined per row), and the hh-harmless first turns graded harmful;
 *   <li>the team's own contrasts ({@code contrasts*.jsonl}): benign hard negatives and their harmful twins.
 * </ul>
 *
 * <p>Leakage rules from the datasets README: HarmBench {@code test} rows and XSTest are never
 * used; the four HarmBench {@code val} rows whose text equals a {@code test} row are dropped; all 27
 * JBB {@code TDC/HarmBench} rows are dropped. Texts equal to an evaluation-only prompt are dropped
 * here, and near-duplicates of one after embedding ({@link TrainHead}). hh-harmless first turns are
 * used only as graded by the team ({@code hh-harmless-grades.tsv}); ungraded or unclear ones are
 * left out.
 */
final class TrainingSet {

  static final Set<String> HARMBENCH_VAL_LEAKS = Set.of("sqli_payload_waf_ml_bypass_2",
      "sqli_payload_waf_ml_bypass_3", "worm_code_obfuscation_1", "worm_code_obfuscation_2");
  static final String EXCLUDE = "exclude";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A data file with its sha256 and how many of its rows were read and used. */
  static final class DataFile {
    final String name;
    final String sha256;
    final int rowsRead;
    int rowsUsed;

    DataFile(String name, String sha256, int rowsRead) {
      this.name = name;
      this.sha256 = sha256;
      this.rowsRead = rowsRead;
    }
  }

  final List<Example> examples = new ArrayList<>();
  final List<String> evaluationPrompts = new ArrayList<>();
  final Map<String, DataFile> files = new LinkedHashMap<>();
  final Map<String, Integer> dropped = new LinkedHashMap<>();

  static TrainingSet load(Path datasets, Path training) throws IOException {
    TrainingSet set = new TrainingSet();
    set.read(datasets, training);
    return set;
  }

  private void read(Path datasets, Path training) throws IOException {
    Map<String, String> categories = new HashMap<>();
    for (String line : lines(training.resolve("source-categories.tsv"))) {
      String[] f = line.split("\t");
      if (f[0].equals("source")) {
        continue;
      }
      categories.put(f[0] + ":" + f[1], checkedLabel(f[2], "source-categories.tsv"));
    }
    Map<String, String> grades = new HashMap<>();
    for (String line : lines(training.resolve("hh-harmless-grades.tsv"))) {
      String[] f = line.split("\t");
      if (!f[0].equals("uid")) {
        grades.put(f[0], checkedLabel(f[1], "hh-harmless-grades.tsv"));
      }
    }
    List<Example> raw = new ArrayList<>();

    for (JsonNode r : jsonl(datasets.resolve("hh_helpful_first_turns.jsonl"))) {
      raw.add(new Example(r.get("uid").asText(), "hh_helpful_first_turns.jsonl", r.get("prompt").asText(), "benign"));
    }
    for (JsonNode r : jsonl(datasets.resolve("selfinstruct_instructions.jsonl"))) {
      raw.add(new Example(r.get("uid").asText(), "selfinstruct_instructions.jsonl", r.get("prompt").asText(), "benign"));
    }
    for (Map<String, String> r : csv(datasets.resolve("jbb_benign-behaviors.csv"))) {
      raw.add(new Example("jbb-benign-" + r.get("Index"), "jbb_benign-behaviors.csv", r.get("Goal"), "benign"));
    }
    for (JsonNode r : jsonl(datasets.resolve("hh_harmless_first_turns.jsonl"))) {
      String grade = grades.get(r.get("uid").asText());
      if (grade == null) {
        throw new IllegalStateException("hh-harmless-grades.tsv has no grade for " + r.get("uid").asText());
      }
      if (!grade.equals(EXCLUDE)) {
        raw.add(new Example(r.get("uid").asText(), "hh_harmless_first_turns.jsonl", r.get("prompt").asText(), grade));
      }
    }
    List<Map<String, String>> advbench = csv(datasets.resolve("advbench_harmful_behaviors.csv"));
    for (int i = 0; i < advbench.size(); i++) {
      String area = required(categories, "advbench:" + i);
      if (!area.equals(EXCLUDE)) {
        raw.add(new Example("advbench-" + i, "advbench_harmful_behaviors.csv", advbench.get(i).get("goal"), area));
      }
    }
    Map<String, String> split = new HashMap<>();
    for (Map<String, String> r : csv(datasets.resolve("harmbench_split_ids.csv"))) {
      split.put(r.get("BehaviorID"), r.get("split"));
    }
    for (Map<String, String> r : csv(datasets.resolve("harmbench_behaviors_text_all.csv"))) {
      String id = r.get("BehaviorID");
      String s = split.get(id);
      if ("test".equals(s)) {
        evaluationPrompts.add(r.get("Behavior"));
        continue;
      }
      if (!"val".equals(s)) {
        throw new IllegalStateException("harmbench_split_ids.csv has no split for " + id);
      }
      if (HARMBENCH_VAL_LEAKS.contains(id)) {
        count("harmbench val rows equal to a test row");
        continue;
      }
      String area = required(categories, "harmbench_val:" + id);
      if (!area.equals(EXCLUDE)) {
        raw.add(new Example("harmbench-" + id, "harmbench_behaviors_text_all.csv", r.get("Behavior"), area));
      }
    }
    for (Map<String, String> r : csv(datasets.resolve("jbb_harmful-behaviors.csv"))) {
      if (r.get("Source").equals("TDC/HarmBench")) {
        count("jbb harmful TDC/HarmBench rows");
        continue;
      }
      String area = required(categories, "jbb_harmful:" + r.get("Index"));
      if (!area.equals(EXCLUDE)) {
        raw.add(new Example("jbb-harmful-" + r.get("Index"), "jbb_harmful-behaviors.csv", r.get("Goal"), area));
      }
    }
    int n = 0;
    for (Path file : inFolder(training, TrainingSet::isContrasts)) {
      String name = file.getFileName().toString();
      for (JsonNode r : jsonl(file)) {
        raw.add(new Example("contrast-" + n++, name, r.get("text").asText(), checkedLabel(r.get("label").asText(), name)));
      }
    }
    // The evaluation-only sets are read for one purpose: to keep their prompts out of training.
    for (Map<String, String> r : csv(datasets.resolve("xstest_prompts.csv"))) {
      evaluationPrompts.add(r.get("prompt"));
    }
    // So are the team's own suites, which choose between heads or check them and must stay unseen by them.
    for (Path file : inFolder(training, TrainingSet::isSuite)) {
      for (JsonNode r : jsonl(file)) {
        evaluationPrompts.add(r.get("prompt").asText());
      }
    }
    deduplicate(raw);
  }

  /** Keeps the first of equal texts; drops every copy of a text labelled both benign and harmful. */
  private void deduplicate(List<Example> raw) {
    Set<String> evaluation = new java.util.HashSet<>();
    for (String p : evaluationPrompts) {
      evaluation.add(Example.normalise(p));
    }
    Map<String, List<Example>> byText = new LinkedHashMap<>();
    for (Example e : raw) {
      byText.computeIfAbsent(Example.normalise(e.text()), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<Example>> entry : byText.entrySet()) {
      List<Example> copies = entry.getValue();
      if (evaluation.contains(entry.getKey())) {
        count("equal to an evaluation-only prompt");
        continue;
      }
      boolean benign = copies.stream().anyMatch(e -> !e.harmful());
      boolean harmful = copies.stream().anyMatch(Example::harmful);
      if (benign && harmful) {
        count("labelled both benign and harmful");
        continue;
      }
      if (copies.size() > 1) {
        count("duplicates");
      }
      examples.add(copies.get(0));
    }
  }

  /** The team's contrast files: {@code contrasts.jsonl} and any {@code contrasts-*.jsonl} beside it. */
  static boolean isContrasts(String file) {
    return file.startsWith("contrasts") && file.endsWith(".jsonl");
  }

  /** The team's labelled suites ({@code *-suite.jsonl}): never trained on. */
  static boolean isSuite(String file) {
    return file.endsWith("-suite.jsonl");
  }

  /**
   * The folder's files whose names pass, ordered by name without the extension (so
   * {@code contrasts.jsonl} comes before {@code contrasts-more.jsonl}): a fixed order keeps the
   * seeded split reproducible, and a new file leaves the split of the earlier ones as it was (as
   * long as none of their texts is then dropped as a duplicate).
   */
  static List<Path> inFolder(Path folder, Predicate<String> name) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> name.test(f.getFileName().toString()))
          .sorted(Comparator.comparing(f -> f.getFileName().toString().replaceFirst("\\.jsonl$", "")))
          .toList();
    }
  }

  void count(String reason) {
    dropped.merge(reason, 1, Integer::sum);
  }

  /** Counts the rows each file contributes, once the set is final. */
  void countUsed() {
    for (DataFile f : files.values()) {
      f.rowsUsed = 0;
    }
    for (Example e : examples) {
      files.get(e.file()).rowsUsed++;
    }
  }

  private static String checkedLabel(String label, String file) {
    if (!label.equals("benign") && !label.equals(EXCLUDE) && HarmArea.fromId(label).isEmpty()) {
      throw new IllegalStateException(file + ": unknown label '" + label + "'");
    }
    return label;
  }

  private static String required(Map<String, String> categories, String key) {
    String area = categories.get(key);
    if (area == null) {
      throw new IllegalStateException("source-categories.tsv has no area for " + key);
    }
    return area;
  }

  private List<String> lines(Path path) throws IOException {
    String text = register(path);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    files.get(path.getFileName().toString()).rowsUsed = 0;
    return lines;
  }

  private List<JsonNode> jsonl(Path path) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : register(path).split("\n")) {
      if (!line.isBlank()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }

  private List<Map<String, String>> csv(Path path) throws IOException {
    return Csv.parse(register(path));
  }

  /** Reads a file, recording its name, sha256 and row count. */
  private String register(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    String text = new String(bytes, StandardCharsets.UTF_8);
    String name = path.getFileName().toString();
    int rows;
    if (name.endsWith(".csv")) {
      rows = Csv.parse(text).size();
    } else {
      rows = (int) text.lines().filter(l -> !l.isBlank()).count() - (name.endsWith(".tsv") ? 1 : 0);
    }
    files.put(name, new DataFile(name, sha256(bytes), rows));
    return text;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
