package dev.charter.adapter.transport.cli;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.WeighedConsideration;
import dev.charter.domain.policy.RefusedAdjustment;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The readable form of a judgment: verdict and message first, then the arithmetic behind it. */
final class JudgmentSummary {

  private JudgmentSummary() {}

  static String of(Judgment j) {
    StringBuilder out = new StringBuilder(512);
    out.append(j.verdict().id())
        .append("  (decided by ").append(j.decidingValue().map(CoreValue::id).orElse(j.decidedBy().id()))
        .append(", net ").append(number(j.net())).append(")\n");
    out.append("  ").append(j.message()).append('\n');
    if (!j.reasons().isEmpty()) {
      out.append("Why:\n");
      j.reasons().forEach(r -> out.append("  - ").append(r).append('\n'));
    }
    if (!j.considerations().isEmpty()) {
      out.append("Considerations (contribution = weight x stance x magnitude x confidence):\n");
      for (WeighedConsideration w : j.considerations()) {
        out.append(String.format(Locale.ROOT, "  %s %-20s w=%-5s %+8.3f  %s: %s%n",
            w.consideration().stance().sign() > 0 ? "+" : "-", w.consideration().value().id(), number(w.weight()),
            w.contribution(), w.consideration().source(), w.consideration().rationale()));
      }
      out.append("  Declining would forfeit ").append(number(j.forfeitedByDeclining())).append(" of benefit.\n");
    }
    out.append("Hard constraints: ").append(constraints(j)).append('\n');
    if (!j.refusedAdjustments().isEmpty()) {
      out.append("Refused adjustments:\n");
      for (RefusedAdjustment r : j.refusedAdjustments()) {
        out.append("  ").append(r.principal().id()).append(' ').append(r.behavior()).append(": ").append(r.reason())
            .append('\n');
      }
    }
    if (!j.answeredDoubts().isEmpty()) {
      out.append("Concerns settled by a more specific assessor:\n");
      j.answeredDoubts().forEach(d -> out.append("  ").append(d).append('\n'));
    }
    if (!j.failures().isEmpty()) {
      out.append("Assessor failures:\n");
      j.failures().forEach(f -> out.append("  ").append(f.assessor()).append(": ").append(f.reason()).append('\n'));
    }
    out.append("Behaviours on: ").append(j.enabledBehaviors().isEmpty() ? "none" : String.join(", ", j.enabledBehaviors()))
        .append('\n');
    if (!j.protectionsInForce().isEmpty()) {
      out.append("User protections in force: ").append(String.join(", ", j.protectionsInForce())).append('\n');
    }
    out.append("Constitution ").append(j.constitutionVersion()).append(" (").append(j.constitutionHash(), 0, 12)
        .append("…)");
    j.chain().ifPresent(c -> out.append("  logged #").append(c.sequence()).append(" (").append(c.hash(), 0, 12)
        .append("…)"));
    out.append("  id ").append(j.id()).append("  ").append(j.timings().totalMicros()).append(" µs\n");
    return out.toString();
  }

  private static String constraints(Judgment j) {
    Map<ConstraintStatus, Integer> counts = new EnumMap<>(ConstraintStatus.class);
    StringBuilder flagged = new StringBuilder();
    for (ConstraintCheck check : j.constraints()) {
      counts.merge(check.finding(), 1, Integer::sum);
      if (check.finding() == ConstraintStatus.VIOLATED || check.finding() == ConstraintStatus.UNSURE) {
        flagged.append(flagged.length() == 0 ? " — " : ", ").append(check.id()).append(' ').append(check.finding().id());
      }
    }
    StringBuilder out = new StringBuilder();
    counts.forEach((status, n) -> out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(status.id()));
    return (out.length() == 0 ? "none in the constitution" : out.toString()) + flagged;
  }

  private static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e9 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.3f", x);
  }
}
