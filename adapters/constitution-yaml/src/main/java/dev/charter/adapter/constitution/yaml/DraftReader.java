package dev.charter.adapter.constitution.yaml;

import dev.charter.domain.constitution.Behavior;
import dev.charter.domain.constitution.ConstitutionDraft;
import dev.charter.domain.constitution.ConstitutionDraft.ValueClaim;
import dev.charter.domain.constitution.Guideline;
import dev.charter.domain.constitution.HardConstraint;
import dev.charter.domain.constitution.Reach;
import dev.charter.domain.constitution.Sourced;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.problem.Problem;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the text of a constitution file into a {@link ConstitutionDraft}, reporting every local
 * mistake with its line: YAML syntax, unknown or repeated fields, missing fields and wrong types.
 * Rules that span the document (unique ids, each core value once, dominance) belong to the
 * domain's validation, which runs on the draft afterwards.
 *
 * <p>A rule whose field was reported here still goes into the draft, with a stand-in for that
 * field, so the domain's checks see it too (its id may also be a duplicate) without reporting the
 * same mistake a second time. A draft with any problem here never becomes a constitution.
 */
final class DraftReader {

  private static final List<String> TOP = List.of(
      "version", "dominance", "priorities", "hardConstraints", "guidelines", "behaviors", "userProtections");
  private static final List<String> PRIORITY = List.of("value", "meaning");
  private static final List<String> HARD_CONSTRAINT = List.of("id", "description", "rationale");
  private static final List<String> GUIDELINE = List.of("id", "text", "overlapsSafety");
  private static final List<String> BEHAVIOR = List.of("id", "description", "default", "cautious", "reach");
  private static final List<String> USER_PROTECTION = List.of("id", "description", "notice", "waivableByUser");
  private static final List<String> REACHES =
      Arrays.stream(Reach.values()).map(Reach::id).collect(Collectors.toList());

  /** Stands in for a text already reported as missing or malformed. */
  private static final String REPORTED = "(reported)";
  /** Stands in for a dominance already reported as malformed; any value the domain accepts. */
  private static final double REPORTED_DOMINANCE = 2;

  /** The draft, when the document could be read as a constitution at all, and every problem found. */
  record Reading(Optional<ConstitutionDraft> draft, List<Problem> problems) {}

  private final DocumentProblems problems;

  private DraftReader(DocumentProblems problems) {
    this.problems = problems;
  }

  /**
   * @param fileName names the file in line origins, e.g. {@code default.yaml:12}
   * @param documentOrigin names the document in problems about it as a whole
   */
  static Reading read(String text, String fileName, String documentOrigin) {
    DocumentProblems problems = new DocumentProblems(fileName);
    Node root;
    try {
      // compose() builds nodes only: no objects are constructed from tags, and every node keeps its line.
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      return new Reading(Optional.empty(), List.of(syntaxProblem(e, problems, documentOrigin)));
    } catch (YAMLException e) {
      return new Reading(Optional.empty(), List.of(Problem.of(documentOrigin, "not readable as YAML: " + e.getMessage())));
    }
    if (root == null) {
      return new Reading(Optional.empty(), List.of(Problem.of(documentOrigin,
          "the document is empty; a constitution needs at least version, dominance and priorities")));
    }
    Optional<ConstitutionDraft> draft = YamlRecord.read(root, "constitution", TOP, problems)
        .map(top -> new DraftReader(problems).draft(top, documentOrigin));
    return new Reading(draft, problems.all());
  }

  private static Problem syntaxProblem(MarkedYAMLException e, DocumentProblems problems, String documentOrigin) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String where = mark != null ? problems.at(mark.getLine()) : documentOrigin;
    String context = e.getContext() == null ? ""
        : " (" + e.getContext() + (e.getContextMark() == null ? "" : " at line " + (e.getContextMark().getLine() + 1)) + ")";
    String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
    return Problem.of(where, "invalid YAML: " + problem + context);
  }

  private ConstitutionDraft draft(YamlRecord top, String documentOrigin) {
    var draft = ConstitutionDraft.builder().origin(documentOrigin);
    // An absent version or dominance is the domain's to report; a malformed one is reported here.
    if (top.has("version")) {
      draft.version(Sourced.of(top.requiredText("version").orElse(REPORTED), top.origin("version")));
    }
    if (top.has("dominance")) {
      draft.dominance(Sourced.of(top.number("dominance").orElse(REPORTED_DOMINANCE), top.origin("dominance")));
    }
    return draft
        .priorities(entries(top, "priorities", "priority", PRIORITY, this::priority))
        .hardConstraints(entries(top, "hardConstraints", "hard constraint", HARD_CONSTRAINT, this::hardConstraint))
        .guidelines(entries(top, "guidelines", "guideline", GUIDELINE, this::guideline))
        .behaviors(entries(top, "behaviors", "behaviour", BEHAVIOR, this::behavior))
        .userProtections(entries(top, "userProtections", "user protection", USER_PROTECTION, this::userProtection))
        .build();
  }

  private <T> List<Sourced<T>> entries(YamlRecord top, String field, String kind, List<String> fields,
      Function<YamlRecord, Optional<T>> entry) {
    return top.list(field).stream()
        .flatMap(node -> YamlRecord.read(node, kind, fields, problems).stream())
        .flatMap(record -> entry.apply(record).map(value -> Sourced.of(value, record.origin())).stream())
        .collect(Collectors.toList());
  }

  private Optional<ValueClaim> priority(YamlRecord r) {
    Optional<String> meaning = r.requiredText("meaning");
    return r.requiredText("value").map(value -> ValueClaim.of(value, meaning.orElse(REPORTED)));
  }

  private Optional<HardConstraint> hardConstraint(YamlRecord r) {
    Optional<String> description = r.requiredText("description");
    Optional<String> rationale = r.requiredText("rationale");
    return r.requiredText("id").map(id -> HardConstraint.builder()
        .id(id)
        .description(description.orElse(REPORTED))
        .rationale(rationale.orElse(REPORTED))
        .build());
  }

  private Optional<Guideline> guideline(YamlRecord r) {
    Optional<String> text = r.requiredText("text");
    Optional<Boolean> overlapsSafety = r.optionalTrueFalse("overlapsSafety");
    return r.requiredText("id").map(id -> Guideline.builder()
        .id(id)
        .text(text.orElse(REPORTED))
        .overlapsSafety(overlapsSafety.orElse(false))
        .build());
  }

  private Optional<Behavior> behavior(YamlRecord r) {
    Optional<String> description = r.requiredText("description");
    Optional<Boolean> enabled = r.requiredOnOff("default");
    Optional<Boolean> cautious = r.optionalOnOff("cautious");
    Optional<Reach> reach = r.requiredChoice("reach", Reach::fromId, REACHES);
    return r.requiredText("id").map(id -> Behavior.builder()
        .id(id)
        .description(description.orElse(REPORTED))
        .enabledByDefault(enabled.orElse(false))
        .cautiousSetting(cautious.or(() -> enabled).orElse(false))
        .reach(reach.orElse(Reach.DEVELOPER))
        .build());
  }

  private Optional<UserProtection> userProtection(YamlRecord r) {
    Optional<String> description = r.requiredText("description");
    Optional<String> notice = r.optionalText("notice");
    Optional<Boolean> waivable = r.optionalTrueFalse("waivableByUser");
    return r.requiredText("id").map(id -> UserProtection.builder()
        .id(id)
        .description(description.orElse(REPORTED))
        .notice(notice)
        .waivableByUser(waivable.orElse(false))
        .build());
  }
}
