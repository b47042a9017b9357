package dev.charter.application.port.in;

import dev.charter.domain.evaluation.EvaluationReport;
import dev.charter.domain.evaluation.LabelledItem;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Judges every item of a labelled suite through the full pipeline (whatever assessors are
 * configured) and compares the verdicts with the labels.
 *
 * <p>An implementation must check every item before judging any: an item the pipeline would
 * reject (such as a situation naming a behaviour the constitution does not have) makes the result
 * invalid, with every such problem placed on its item's line, and nothing is judged or logged. It
 * judges a prompt item as the single user request of a fresh conversation with the default
 * deployment and user, exactly as a transport's plain-text request would be. It returns the items
 * in suite order, each with the latency of its own judgment, whatever the concurrency. Progress is
 * reported on the calling thread, in order, once per judged item.
 *
 * <p>Where the judgments are logged is the wiring's choice: evaluation itself never asks for a
 * particular decision log.
 */
public interface EvaluateSuite {

  /**
   * @param items the suite, in order
   * @param concurrency how many items may be judged at once; 1 judges them one after another on the
   *     calling thread
   * @param progress told after each item
   */
  Validation<Seq<Problem>, EvaluationReport> evaluate(List<LabelledItem> items, int concurrency, Progress progress);

  /** Told how far an evaluation has got. */
  @FunctionalInterface
  interface Progress {
    void judged(int done, int total);

    static Progress none() {
      return (done, total) -> { };
    }
  }
}
