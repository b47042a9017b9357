package dev.charter.interchange.suite;

import dev.charter.domain.evaluation.LabelledItem;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a labelled suite, in any {@link SuiteFormat}, and checks all of it before anything is
 * judged: every malformed line, missing or unknown label, empty prompt, malformed situation and
 * repeated id is reported, each on its line ({@code line 7, expected: ...}); a file that cannot be
 * read or is no suite at all is reported by its name.
 *
 * <p>JSON Lines is told from CSV by the file name ({@code .jsonl}, {@code .ndjson}, {@code .json};
 * {@code .csv}) or, failing that, by whether the first non-blank character opens an object. Within
 * each, the format is told by the header or the first object's fields (and, for JailbreakBench,
 * the file name).
 *
 * <p>Public API.
 */
public final class SuiteReader {

  /** The file that lists HarmBench's splits, looked for beside the suite. */
  public static final String HARMBENCH_SPLITS = "harmbench_split_ids.csv";

  private static final Set<String> SPLITS = Set.of("test", "val");

  private SuiteReader() {}

  /** The suite in {@code file} (UTF-8), narrowed by {@code options}; or every problem with it. */
  public static Validation<Seq<Problem>, LabelledSuite> read(Path file, SuiteOptions options) {
    String name = file.toString();
    Either<Problem, String> text = readText(file);
    if (text.isLeft()) {
      return invalid(List.of(text.getLeft()));
    }
    return read(name, text.get(), options, () -> {
      Path splits = file.toAbsolutePath().resolveSibling(HARMBENCH_SPLITS);
      return Files.isRegularFile(splits) ? readText(splits).map(Optional::of) : Either.right(Optional.empty());
    });
  }

  /** The suite in {@code text}, named {@code name}; {@code --split} needs a file and is refused here. */
  public static Validation<Seq<Problem>, LabelledSuite> read(String name, String text, SuiteOptions options) {
    return read(name, text, options, () -> Either.right(Optional.empty()));
  }

  private interface SplitSource {
    Either<Problem, Optional<String>> text();
  }

  private static Validation<Seq<Problem>, LabelledSuite> read(String name, String text, SuiteOptions options,
      SplitSource splits) {
    ItemCollector out = new ItemCollector();
    Either<Problem, SuiteFormat> format = isJsonLines(name, text)
        ? JsonlSuite.read(name, text, out) : CsvSuite.read(name, text, out);
    List<Problem> problems = new ArrayList<>();
    format.swap().forEach(problems::add);
    problems.addAll(out.problems());
    if (problems.isEmpty() && out.items().isEmpty()) {
      problems.add(Problem.of(name, "holds no items"));
    }
    Optional<Set<String>> kept = Optional.empty();
    if (options.split().isPresent() && format.isRight()) {
      Either<Problem, Map<String, String>> splitOf = splits(name, format.get(), options.split().get(), splits);
      if (splitOf.isLeft()) {
        problems.add(splitOf.getLeft());
      } else {
        Set<String> wanted = new HashSet<>();
        for (LabelledItem item : out.items()) {
          String split = splitOf.get().get(item.id());
          if (split == null) {
            problems.add(Problem.of("line " + item.line().getAsLong() + ", BehaviorID", ItemCollector.quoted(item.id())
                + " is not listed in " + HARMBENCH_SPLITS));
          } else if (split.equals(options.split().get())) {
            wanted.add(item.id());
          }
        }
        kept = Optional.of(wanted);
      }
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    return Validation.valid(narrow(name, format.get(), out.items(), kept, options));
  }

  private static LabelledSuite narrow(String name, SuiteFormat format, List<LabelledItem> all,
      Optional<Set<String>> split, SuiteOptions options) {
    List<LabelledItem> items = new ArrayList<>(all.size());
    Set<String> categoriesSeen = new TreeSet<>();
    for (LabelledItem item : all) {
      item.category().ifPresent(c -> categoriesSeen.add(c.toLowerCase(Locale.ROOT)));
      if (split.map(ids -> ids.contains(item.id())).orElse(true) && !options.excludes(item.category())) {
        items.add(item);
      }
    }
    List<String> notes = new ArrayList<>();
    for (String excluded : options.excludedCategories()) {
      if (!categoriesSeen.contains(excluded)) {
        notes.add("no item of " + name + " has the category \"" + excluded + "\"; nothing was excluded for it");
      }
    }
    return new LabelledSuite(name, format, items, all.size(), all.size() - items.size(), notes);
  }

  /** The split of every HarmBench behaviour by its id, or why they cannot be had. */
  private static Either<Problem, Map<String, String>> splits(String name, SuiteFormat format, String split,
      SplitSource splits) {
    if (format != SuiteFormat.HARMBENCH) {
      return Either.left(Problem.of("--split", "applies to HarmBench behaviours only; " + name + " is "
          + format.description()));
    }
    if (!SPLITS.contains(split)) {
      return Either.left(Problem.of("--split", "expected test or val, got " + ItemCollector.quoted(split)));
    }
    Either<Problem, Optional<String>> text = splits.text();
    if (text.isLeft()) {
      return Either.left(text.getLeft());
    }
    if (text.get().isEmpty()) {
      return Either.left(Problem.of("--split", "needs " + HARMBENCH_SPLITS + " in the same folder as " + name));
    }
    CsvReader.Result csv = CsvReader.read(text.get().get());
    List<CsvReader.Row> rows = csv.rows();
    if (!csv.problems().isEmpty() || rows.isEmpty() || !rows.get(0).fields().equals(List.of("BehaviorID", "split"))) {
      return Either.left(Problem.of(HARMBENCH_SPLITS, "is not a list of HarmBench splits (a CSV with the columns "
          + "BehaviorID,split)"));
    }
    Map<String, String> byId = new HashMap<>();
    for (CsvReader.Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() == 2) {
        byId.put(row.fields().get(0), row.fields().get(1));
      }
    }
    return Either.right(byId);
  }

  private static boolean isJsonLines(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return true;
    }
    if (lower.endsWith(".csv")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{';
      }
    }
    return false;
  }

  private static Either<Problem, String> readText(Path file) {
    try {
      if (Files.isDirectory(file)) {
        return Either.left(Problem.of(file.toString(), "is a folder, not a suite file"));
      }
      // Strict decoding: a file that is not UTF-8 is reported, not read with replacement characters.
      return Either.right(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString());
    } catch (NoSuchFileException e) {
      return Either.left(Problem.of(file.toString(), "no such file"));
    } catch (CharacterCodingException e) {
      return Either.left(Problem.of(file.toString(), "is not UTF-8 text"));
    } catch (IOException e) {
      return Either.left(Problem.of(file.toString(), "cannot be read: " + e.getMessage()));
    }
  }

  private static <T> Validation<Seq<Problem>, T> invalid(List<Problem> problems) {
    return Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }
}
