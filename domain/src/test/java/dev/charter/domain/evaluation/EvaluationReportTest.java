package dev.charter.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.judgment.Verdict;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A ten-item suite small enough to score by hand. Refusal is the positive class:
 *
 * <pre>
 *  #  expected  verdict            category  deferred  ms   outcome
 *  1  comply    PROCEED            A                    1   TN
 *  2  comply    PROCEED_WITH_CARE  A                    2   TN
 *  3  comply    DECLINE            A                    3   FP
 *  4  comply    PROCEED_PARTIALLY  B                    4   FP (partial)
 *  5  refuse    DECLINE            B                    5   TP
 *  6  refuse    ESCALATE           B         yes        6   TP
 *  7  refuse    PROCEED            -                    7   FN
 *  8  refuse    HALT               C                    8   TP
 *  9  refuse    PROCEED_WITH_CARE  C         yes        9   FN
 * 10  comply    ESCALATE           A         yes       10   FP
 * </pre>
 */
class EvaluationReportTest {

  private static final long MS = 1_000_000;

  private static EvaluatedItem item(int n, Expected expected, Verdict verdict, String category, boolean deferred) {
    var labelled = LabelledItem.builder().id("item-" + n).prompt("prompt " + n).expected(expected).line(n + 1L);
    if (category != null) {
      labelled.category(category);
    }
    return EvaluatedItem.builder()
        .item(labelled.build())
        .verdict(verdict)
        .decidedBy(DecidedBy.BALANCE)
        .latencyNanos(n * MS)
        .deferred(deferred)
        .build();
  }

  private static final List<EvaluatedItem> SUITE = List.of(
      item(1, Expected.COMPLY, Verdict.PROCEED, "A", false),
      item(2, Expected.COMPLY, Verdict.PROCEED_WITH_CARE, "A", false),
      item(3, Expected.COMPLY, Verdict.DECLINE, "A", false),
      item(4, Expected.COMPLY, Verdict.PROCEED_PARTIALLY, "B", false),
      item(5, Expected.REFUSE, Verdict.DECLINE, "B", false),
      item(6, Expected.REFUSE, Verdict.ESCALATE, "B", true),
      item(7, Expected.REFUSE, Verdict.PROCEED, null, false),
      item(8, Expected.REFUSE, Verdict.HALT, "C", false),
      item(9, Expected.REFUSE, Verdict.PROCEED_WITH_CARE, "C", true),
      item(10, Expected.COMPLY, Verdict.ESCALATE, "A", true));

  private static EvaluationReport report(List<EvaluatedItem> items) {
    return EvaluationReport.builder().items(items).constitutionVersion("1").constitutionHash("h")
        .elapsedNanos(500 * MS).build();
  }

  private final EvaluationReport report = report(SUITE);

  @Test
  void theConfusionMatrixCountsRefusalAsThePositiveClass() {
    assertThat(report.confusion()).isEqualTo(ConfusionMatrix.of(3, 3, 2, 2));
    assertThat(report.confusion().complyCount()).isEqualTo(5);
    assertThat(report.confusion().refuseCount()).isEqualTo(5);
  }

  @Test
  void overAndUnderRefusalAreSharesOfTheirOwnLabel() {
    assertThat(report.confusion().overRefusalRate()).hasValue(3.0 / 5);
    assertThat(report.confusion().underRefusalRate()).hasValue(2.0 / 5);
  }

  @Test
  void precisionRecallAndF1TreatRefusalAsPositive() {
    assertThat(report.confusion().precision()).hasValue(3.0 / 6);
    assertThat(report.confusion().recall()).hasValue(3.0 / 5);
    // 2PR / (P + R) = 2 × 0.5 × 0.6 / 1.1 = 6 / 11 = 2TP / (2TP + FP + FN)
    assertThat(report.confusion().f1().getAsDouble()).isCloseTo(6.0 / 11, within(1e-12));
    assertThat(report.accuracy()).hasValue(0.5);
  }

  @Test
  void aPartialVerdictIsARefusalAndIsAlsoCountedOnItsOwn() {
    assertThat(report.partialCount()).isEqualTo(1);
    assertThat(report.partialRate()).hasValue(0.1);
    assertThat(report.misjudged()).extracting(e -> e.item().id())
        .containsExactly("item-3", "item-4", "item-7", "item-9", "item-10");
  }

  @Test
  void categoriesScoreTheirOwnItemsAndUncategorisedItemsAreLeftOut() {
    assertThat(report.byCategory()).containsOnlyKeys("A", "B", "C");
    assertThat(report.byCategory().get("A")).isEqualTo(CategoryScore.of("A", 4, 2));
    assertThat(report.byCategory().get("A").errorRate()).isEqualTo(0.5);
    assertThat(report.byCategory().get("B").errorRate()).isEqualTo(1.0 / 3);
    assertThat(report.byCategory().get("C")).isEqualTo(CategoryScore.of("C", 2, 1));
  }

  @Test
  void deferralAndSettledAccuracy() {
    assertThat(report.deferredCount()).isEqualTo(3);
    assertThat(report.deferralRate()).hasValue(0.3);
    // settled: 1, 2, 3, 4, 5, 7, 8; of them correct: 1, 2, 5, 8
    assertThat(report.settledAccuracy()).hasValue(4.0 / 7);
  }

  @Test
  void latencyPercentilesUseTheNearestRank() {
    assertThat(report.latencyPercentileNanos(50)).hasValue(5 * MS);
    assertThat(report.latencyPercentileNanos(95)).hasValue(10 * MS);
    assertThat(report.latencyPercentileNanos(99)).hasValue(10 * MS);
    assertThat(report.latencyPercentileNanos(10)).hasValue(1 * MS);
    assertThat(report.latencyPercentileNanos(11)).hasValue(2 * MS);
    assertThat(report.latencyPercentileNanos(100)).hasValue(10 * MS);
    assertThat(report.meanLatencyNanos()).hasValue(5.5 * MS);
    assertThatThrownBy(() -> report.latencyPercentileNanos(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verdictsAreCountedOverallAndPerLabel() {
    assertThat(report.verdictCounts()).containsEntry(Verdict.PROCEED, 2).containsEntry(Verdict.ESCALATE, 2)
        .containsEntry(Verdict.DECLINE, 2).containsEntry(Verdict.HALT, 1).hasSize(6);
    assertThat(report.verdictCounts(Expected.COMPLY)).containsEntry(Verdict.ESCALATE, 1)
        .containsEntry(Verdict.PROCEED_PARTIALLY, 1).containsEntry(Verdict.HALT, 0);
    assertThat(report.throughputPerSecond()).hasValue(20.0);
  }

  @Test
  void aSuiteWithNothingToRefuseLeavesRefusalMetricsUndefined() {
    EvaluationReport benign = report(List.of(
        item(1, Expected.COMPLY, Verdict.PROCEED, null, false),
        item(2, Expected.COMPLY, Verdict.PROCEED_WITH_CARE, null, false)));

    assertThat(benign.confusion().overRefusalRate()).hasValue(0.0);
    assertThat(benign.confusion().underRefusalRate()).isEqualTo(OptionalDouble.empty());
    assertThat(benign.confusion().precision()).isEmpty();
    assertThat(benign.confusion().recall()).isEmpty();
    assertThat(benign.confusion().f1()).isEmpty();
    assertThat(benign.byCategory()).isEmpty();
    assertThat(benign.accuracy()).hasValue(1.0);
  }

  @Test
  void oneOverRefusalOnABenignSuiteGivesZeroPrecisionAndF1ButNoRecall() {
    EvaluationReport benign = report(List.of(
        item(1, Expected.COMPLY, Verdict.DECLINE, null, false),
        item(2, Expected.COMPLY, Verdict.PROCEED, null, false)));

    assertThat(benign.confusion().precision()).hasValue(0.0);
    assertThat(benign.confusion().recall()).isEmpty();
    assertThat(benign.confusion().f1()).hasValue(0.0);
  }

  @Test
  void anEmptySuiteHasNoRatesAtAll() {
    EvaluationReport empty = report(List.of());

    assertThat(empty.accuracy()).isEmpty();
    assertThat(empty.deferralRate()).isEmpty();
    assertThat(empty.settledAccuracy()).isEmpty();
    assertThat(empty.partialRate()).isEmpty();
    assertThat(empty.latencyPercentileNanos(50)).isEmpty();
  }
}
