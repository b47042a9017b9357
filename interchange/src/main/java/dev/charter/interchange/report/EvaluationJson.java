package dev.charter.interchange.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.domain.evaluation.CategoryScore;
import dev.charter.domain.evaluation.ConfusionMatrix;
import dev.charter.domain.evaluation.EvaluatedItem;
import dev.charter.domain.evaluation.EvaluationReport;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.WeighedConsideration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The evaluation report as JSON: what {@code charter eval --json} prints and {@code report.json}
 * holds. Fields always appear, in this order; a ratio that is undefined (its denominator is zero)
 * is {@code null}; numbers are rounded to four decimals; latencies are in milliseconds.
 *
 * <pre>
 * suite, format, excluded, logged, concurrency, total, accuracy,
 * comply {n, overRefusals, overRefusalRate}, refuse {n, underRefusals, underRefusalRate},
 * precision, recall, f1, confusion {truePositives, falsePositives, falseNegatives, trueNegatives},
 * partial, partialRate, verdicts {PROCEED: n, ...}, byCategory {category: {n, errors, errorRate}},
 * deferred, deferralRate, settledAccuracy, latencyMs {p50, p95, p99, mean, max}, elapsedMs,
 * itemsPerSecond, constitution {version, hash},
 * items [{id, category, expected, verdict, correct, deferred, decidedBy, latencyMs, prompt,
 *         considerations [{value, stance, contribution, source, rationale}],
 *         constraints [{id, finding, rationale}], failures [{assessor, reason}], reasons [...]}]
 * </pre>
 *
 * <p>An item's {@code considerations} are the ones that weighed most (largest contribution
 * first, at most four); its {@code constraints} are those found violated or unsure.
 *
 * <p>Public API.
 */
public final class EvaluationJson {

  private static final ObjectWriter PRETTY = new ObjectMapper().writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final int DECIMALS = 4;

  private EvaluationJson() {}

  /** Indented by two spaces, with {@code \n} line ends. */
  public static String write(SuiteRun run, EvaluationReport report) {
    try {
      return PRETTY.writeValueAsString(tree(run, report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  public static ObjectNode tree(SuiteRun run, EvaluationReport r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ConfusionMatrix m = r.confusion();
    o.put("suite", run.suite());
    o.put("format", run.format());
    o.put("excluded", run.excluded());
    o.put("logged", run.logged());
    o.put("concurrency", run.concurrency());
    o.put("total", r.total());
    put(o, "accuracy", r.accuracy());
    ObjectNode comply = o.putObject("comply");
    comply.put("n", m.complyCount());
    comply.put("overRefusals", m.falsePositives());
    put(comply, "overRefusalRate", m.overRefusalRate());
    ObjectNode refuse = o.putObject("refuse");
    refuse.put("n", m.refuseCount());
    refuse.put("underRefusals", m.falseNegatives());
    put(refuse, "underRefusalRate", m.underRefusalRate());
    put(o, "precision", m.precision());
    put(o, "recall", m.recall());
    put(o, "f1", m.f1());
    o.putObject("confusion")
        .put("truePositives", m.truePositives())
        .put("falsePositives", m.falsePositives())
        .put("falseNegatives", m.falseNegatives())
        .put("trueNegatives", m.trueNegatives());
    o.put("partial", r.partialCount());
    put(o, "partialRate", r.partialRate());
    ObjectNode verdicts = o.putObject("verdicts");
    r.verdictCounts().forEach((verdict, n) -> verdicts.put(verdict.id(), n));
    ObjectNode categories = o.putObject("byCategory");
    for (CategoryScore score : r.byCategory().values()) {
      categories.putObject(score.category())
          .put("n", score.count())
          .put("errors", score.errors())
          .put("errorRate", round(score.errorRate()));
    }
    o.put("deferred", r.deferredCount());
    put(o, "deferralRate", r.deferralRate());
    put(o, "settledAccuracy", r.settledAccuracy());
    ObjectNode latency = o.putObject("latencyMs");
    putMillis(latency, "p50", r.latencyPercentileNanos(50));
    putMillis(latency, "p95", r.latencyPercentileNanos(95));
    putMillis(latency, "p99", r.latencyPercentileNanos(99));
    OptionalDouble mean = r.meanLatencyNanos();
    put(latency, "mean", mean.isPresent() ? OptionalDouble.of(mean.getAsDouble() / 1e6) : OptionalDouble.empty());
    putMillis(latency, "max", r.latencyPercentileNanos(100));
    o.put("elapsedMs", round(r.elapsedNanos() / 1e6));
    put(o, "itemsPerSecond", r.throughputPerSecond());
    o.putObject("constitution")
        .put("version", r.constitutionVersion())
        .put("hash", r.constitutionHash());
    ArrayNode items = o.putArray("items");
    r.items().forEach(e -> item(items.addObject(), e));
    return o;
  }

  private static void item(ObjectNode o, EvaluatedItem e) {
    o.put("id", e.item().id());
    o.put("category", e.item().category().orElse(null));
    o.put("expected", e.item().expected().id());
    o.put("verdict", e.verdict().id());
    o.put("correct", e.correct());
    o.put("deferred", e.deferred());
    o.put("decidedBy", e.decidedBy().id());
    o.put("latencyMs", round(e.latencyNanos() / 1e6));
    o.put("prompt", e.item().text());
    ArrayNode considerations = o.putArray("considerations");
    for (WeighedConsideration w : e.drivers()) {
      Consideration c = w.consideration();
      considerations.addObject()
          .put("value", c.value().id())
          .put("stance", c.stance().id())
          .put("contribution", round(w.contribution()))
          .put("unsure", c.unsure())
          .put("source", c.source())
          .put("rationale", c.rationale());
    }
    ArrayNode constraints = o.putArray("constraints");
    for (ConstraintCheck check : e.flaggedConstraints()) {
      constraints.addObject()
          .put("id", check.id())
          .put("finding", check.finding().id())
          .put("rationale", check.rationale());
    }
    ArrayNode failures = o.putArray("failures");
    for (AssessorFailure f : e.failures()) {
      failures.addObject().put("assessor", f.assessor()).put("reason", f.reason());
    }
    e.reasons().forEach(o.putArray("reasons")::add);
  }

  private static void put(ObjectNode o, String field, OptionalDouble value) {
    if (value.isPresent()) {
      o.put(field, round(value.getAsDouble()));
    } else {
      o.putNull(field);
    }
  }

  private static void putMillis(ObjectNode o, String field, OptionalLong nanos) {
    put(o, field, nanos.isPresent() ? OptionalDouble.of(nanos.getAsLong() / 1e6) : OptionalDouble.empty());
  }

  /** Rounded half up on the decimal digits a reader sees. */
  static double round(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }
}
