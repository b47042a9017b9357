package dev.charter.domain.log;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.WeighedConsideration;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.policy.RefusedAdjustment;

/** The canonical JSON payloads the decision log stores and hashes. */
public final class CanonicalRecord {

  private CanonicalRecord() {}

  /** Everything in the judgment but its place in the chain, which the log adds. */
  public static String of(Judgment j) {
    CanonicalJson json = new CanonicalJson().open()
        .field("id", j.id())
        .field("kind", j.kind().id())
        .field("deployment", j.deploymentId())
        .field("conversation", j.conversationId())
        .field("verdict", j.verdict().id())
        .field("decidedBy", j.decidedBy().id())
        .field("decidingValue", j.decidingValue().map(CoreValue::id).orElse(null))
        .field("net", j.net())
        .field("forfeitedByDeclining", j.forfeitedByDeclining());
    json.openArray("considerations");
    for (WeighedConsideration w : j.considerations()) {
      Consideration c = w.consideration();
      json.element().open()
          .field("value", c.value().id())
          .field("stance", c.stance().id())
          .field("magnitude", c.magnitude())
          .field("confidence", c.confidence())
          .field("unsure", c.unsure())
          .field("weight", w.weight())
          .field("contribution", w.contribution())
          .field("source", c.source())
          .field("part", c.part().orElse(null))
          .field("rationale", c.rationale())
          .close();
    }
    json.closeArray().openArray("constraints");
    for (ConstraintCheck check : j.constraints()) {
      json.element().open().field("id", check.id()).field("finding", check.finding().id()).close();
    }
    json.closeArray().openArray("refusedAdjustments");
    for (RefusedAdjustment r : j.refusedAdjustments()) {
      json.element().open()
          .field("principal", r.principal().id())
          .field("behavior", r.behavior())
          .field("reason", r.reason())
          .close();
    }
    json.closeArray().openArray("failures");
    for (AssessorFailure f : j.failures()) {
      json.element().open()
          .field("assessor", f.assessor())
          .field("reason", f.reason())
          .field("guardsHardConstraints", f.guardsHardConstraints())
          .close();
    }
    json.closeArray();
    if (!j.answeredDoubts().isEmpty()) { // only where there are some, so earlier records keep their shape
      json.strings("answeredDoubts", j.answeredDoubts());
    }
    return json
        .strings("enabledBehaviors", j.enabledBehaviors())
        .strings("waivedProtections", j.waivedProtections())
        .strings("protectionsInForce", j.protectionsInForce())
        .strings("declinedParts", j.declinedParts())
        .strings("reasons", j.reasons())
        .field("message", j.message())
        .field("constitutionVersion", j.constitutionVersion())
        .field("constitutionHash", j.constitutionHash())
        .field("decidedAt", j.decidedAt().toString())
        .field("totalMicros", j.timings().totalMicros())
        .longs("assessorMicros", j.timings().assessorMicros())
        .close()
        .toString();
  }

  /** A stop order as given, or as lifted by {@code liftedBy}. */
  public static String of(StopOrder order, String action, String by) {
    return new CanonicalJson().open()
        .field("action", action)
        .field("scope", order.scope().toString())
        .field("reason", order.reason())
        .field("issuedBy", order.issuedBy())
        .field("issuedAt", order.issuedAt().toString())
        .field("by", by)
        .close()
        .toString();
  }
}
