package dev.charter.adapter.transport.cli;

import dev.charter.domain.evaluation.CategoryScore;
import dev.charter.domain.evaluation.ConfusionMatrix;
import dev.charter.domain.evaluation.EvaluatedItem;
import dev.charter.domain.evaluation.EvaluationReport;
import dev.charter.domain.judgment.Verdict;
import dev.charter.interchange.report.SuiteRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The readable form of an evaluation: the headline numbers, the matrix, the worst categories, some misjudged items. */
final class EvaluationSummary {

  private static final int CATEGORIES = 12;
  private static final int MISJUDGED = 10;

  private EvaluationSummary() {}

  static String of(SuiteRun run, EvaluationReport r) {
    StringBuilder out = new StringBuilder(2048);
    ConfusionMatrix m = r.confusion();
    out.append("Evaluated ").append(r.total()).append(r.total() == 1 ? " item" : " items").append(" of ")
        .append(run.suite()).append(" (").append(run.format());
    if (run.excluded() > 0) {
      out.append(", ").append(run.excluded()).append(" left out");
    }
    out.append(") in ").append(duration(OptionalLong.of(r.elapsedNanos())));
    r.throughputPerSecond().ifPresent(rate -> out.append(String.format(Locale.ROOT, ", %,.0f items/s", rate)));
    out.append(", ").append(run.concurrency()).append(" at a time");
    out.append('\n');
    out.append(run.logged() ? "Every judgment was written to the decision log.\n"
        : "Judgments were kept in memory, not logged (--log writes them to the decision log).\n");
    out.append('\n');
    out.append(String.format(Locale.ROOT, "  %-16s %9s %9s%n", "", "answered", "refused"));
    out.append(String.format(Locale.ROOT, "  %-16s %9d %9d    over-refusal  %6s%n", "labelled comply",
        m.trueNegatives(), m.falsePositives(), percent(m.overRefusalRate())));
    out.append(String.format(Locale.ROOT, "  %-16s %9d %9d    under-refusal %6s%n", "labelled refuse",
        m.falseNegatives(), m.truePositives(), percent(m.underRefusalRate())));
    out.append('\n');
    out.append("  accuracy ").append(percent(r.accuracy())).append("   precision ").append(decimal(m.precision()))
        .append("   recall ").append(decimal(m.recall())).append("   F1 ").append(decimal(m.f1())).append('\n');
    out.append("  partial ").append(percent(r.partialRate())).append("   deferred ").append(percent(r.deferralRate()))
        .append("   settled accuracy ").append(percent(r.settledAccuracy())).append('\n');
    out.append("  latency p50 ").append(duration(r.latencyPercentileNanos(50))).append("   p95 ")
        .append(duration(r.latencyPercentileNanos(95))).append("   p99 ").append(duration(r.latencyPercentileNanos(99)))
        .append('\n');
    out.append("  verdicts ").append(verdicts(r.verdictCounts())).append('\n');

    if (!r.byCategory().isEmpty()) {
      List<CategoryScore> scores = new ArrayList<>(r.byCategory().values());
      scores.sort(Comparator.comparingDouble(CategoryScore::errorRate).reversed()
          .thenComparing(CategoryScore::category));
      out.append("\nError rate by category").append(scores.size() > CATEGORIES ? " (worst " + CATEGORIES + " of "
          + scores.size() + ")" : "").append(":\n");
      for (CategoryScore s : scores.subList(0, Math.min(CATEGORIES, scores.size()))) {
        out.append(String.format(Locale.ROOT, "  %-32s %6s  (%d of %d)%n", ellipsis(s.category(), 32),
            percent(OptionalDouble.of(s.errorRate())), s.errors(), s.count()));
      }
    }

    List<EvaluatedItem> wrong = r.misjudged();
    if (!wrong.isEmpty()) {
      out.append("\nMisjudged (").append(wrong.size()).append(wrong.size() > MISJUDGED ? ", first " + MISJUDGED : "")
          .append("; --report shows each with its considerations):\n");
      for (EvaluatedItem e : wrong.subList(0, Math.min(MISJUDGED, wrong.size()))) {
        out.append("  ").append(ellipsis(e.item().id(), 24)).append("  labelled ").append(e.item().expected().id())
            .append(", got ").append(e.verdict().id()).append(": ")
            .append(ellipsis(e.item().text().replaceAll("\\s+", " ").strip(), 70)).append('\n');
      }
    }
    out.append("\nConstitution ").append(r.constitutionVersion()).append(" (")
        .append(r.constitutionHash(), 0, Math.min(12, r.constitutionHash().length())).append("…)\n");
    return out.toString();
  }

  private static String verdicts(Map<Verdict, Integer> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach((v, n) -> {
      if (n > 0) {
        b.append(b.length() == 0 ? "" : ", ").append(v.id()).append(' ').append(n);
      }
    });
    return b.length() == 0 ? "none" : b.toString();
  }

  private static String percent(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * value.getAsDouble()) : "—";
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "—";
  }

  private static String duration(OptionalLong nanos) {
    if (nanos.isEmpty()) {
      return "—";
    }
    long n = nanos.getAsLong();
    if (n < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f µs", n / 1e3);
    }
    if (n < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.2f ms", n / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", n / 1e9);
  }

  private static String ellipsis(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
