package dev.charter.interchange.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.ChainLink;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.WeighedConsideration;
import dev.charter.domain.policy.RefusedAdjustment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The judgment format every transport writes: the verdict and everything needed to check it, in a
 * fixed field order, numbers rounded to four decimals. The README's "Formats" section lists the fields.
 *
 * <p>Public API.
 */
public final class JudgmentJson {

  private static final int DECIMALS = 4;

  private JudgmentJson() {}

  /** One line of JSON. */
  public static String write(Judgment judgment) {
    return JsonText.compact(tree(judgment));
  }

  /** Indented by two spaces, for people. */
  public static String writePretty(Judgment judgment) {
    return JsonText.pretty(tree(judgment));
  }

  /** The judgment as a JSON tree, for a transport that embeds it in a larger document. */
  public static ObjectNode tree(Judgment j) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", j.id());
    o.put("verdict", j.verdict().name());
    o.put("decidingValue", j.decidingValue().map(CoreValue::id).orElse(null));
    o.put("decidedBy", j.decidedBy().id());
    o.put("kind", j.kind().id());
    o.put("deployment", j.deploymentId());
    o.put("conversation", j.conversationId());
    o.put("message", j.message());
    considerations(o.putArray("considerations"), j);
    o.put("net", round(j.net()));
    o.put("forfeitedByDeclining", round(j.forfeitedByDeclining()));
    j.declinedParts().forEach(o.putArray("declinedParts")::add);
    j.reasons().forEach(o.putArray("reasons")::add);
    ArrayNode constraints = o.putArray("constraints");
    for (ConstraintCheck check : j.constraints()) {
      constraints.addObject()
          .put("id", check.id())
          .put("finding", check.finding().id())
          .put("rationale", check.rationale());
    }
    ArrayNode refused = o.putArray("refusedAdjustments");
    for (RefusedAdjustment r : j.refusedAdjustments()) {
      refused.addObject()
          .put("principal", r.principal().id())
          .put("behavior", r.behavior())
          .put("reason", r.reason());
    }
    j.enabledBehaviors().forEach(o.putArray("enabledBehaviors")::add);
    j.waivedProtections().forEach(o.putArray("waivedProtections")::add);
    j.protectionsInForce().forEach(o.putArray("protectionsInForce")::add);
    ArrayNode failures = o.putArray("failures");
    for (AssessorFailure f : j.failures()) {
      failures.addObject()
          .put("assessor", f.assessor())
          .put("reason", f.reason())
          .put("guardsHardConstraints", f.guardsHardConstraints());
    }
    j.answeredDoubts().forEach(o.putArray("answeredDoubts")::add);
    o.putObject("constitution")
        .put("version", j.constitutionVersion())
        .put("hash", j.constitutionHash());
    Optional<ChainLink> chain = j.chain();
    o.put("hash", chain.map(ChainLink::hash).orElse(null));
    o.put("previousHash", chain.map(ChainLink::previousHash).orElse(null));
    o.put("sequence", chain.map(ChainLink::sequence).orElse(null));
    o.put("decidedAt", j.decidedAt().toString());
    ObjectNode timings = o.putObject("timings");
    timings.put("totalMicros", j.timings().totalMicros());
    ObjectNode assessors = timings.putObject("assessors");
    new TreeMap<>(j.timings().assessorMicros()).forEach(assessors::put);
    return o;
  }

  private static void considerations(ArrayNode array, Judgment j) {
    for (WeighedConsideration w : j.considerations()) {
      Consideration c = w.consideration();
      ObjectNode n = array.addObject()
          .put("value", c.value().id())
          .put("stance", c.stance().id())
          .put("magnitude", round(c.magnitude()))
          .put("confidence", round(c.confidence()))
          .put("unsure", c.unsure())
          .put("weight", round(w.weight()))
          .put("contribution", round(w.contribution()))
          .put("source", c.source())
          .put("rationale", c.rationale());
      c.part().ifPresent(part -> n.put("part", part));
    }
  }

  /** Rounded half up on the decimal digits a reader sees, not on the binary fraction. */
  static double round(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }
}
