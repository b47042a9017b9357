package dev.charter.application.service;

import dev.charter.application.port.in.EvaluateSuite;
import dev.charter.application.port.in.JudgeSituation;
import dev.charter.application.port.out.Clock;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.evaluation.EvaluatedItem;
import dev.charter.domain.evaluation.EvaluationReport;
import dev.charter.domain.evaluation.LabelledItem;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.policy.PolicyResolution;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Evaluates a labelled suite through the {@link JudgeSituation} use case it is given, so every
 * item meets exactly the pipeline a real request would. Items are checked against the constitution
 * first (nothing is judged if any would be rejected); then judged in order, one at a time on the
 * calling thread or, with concurrency above 1, a bounded window at a time on the executor; each
 * judgment is timed with the {@link Clock}. The per-item work is one judgment and one timing: no
 * wiring, no I/O of its own.
 */
public final class EvaluationService implements EvaluateSuite {

  private final JudgeSituation judge;
  private final Constitution constitution;
  private final Clock clock;
  private final ExecutorService executor;

  @Inject
  public EvaluationService(JudgeSituation judge, Constitution constitution, Clock clock, ExecutorService executor) {
    this.judge = judge;
    this.constitution = constitution;
    this.clock = clock;
    this.executor = executor;
  }

  @Override
  public Validation<Seq<Problem>, EvaluationReport> evaluate(List<LabelledItem> items, int concurrency,
      Progress progress) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    List<Problem> problems = new ArrayList<>();
    List<Situation> situations = new ArrayList<>(items.size());
    for (LabelledItem item : items) {
      Situation situation = situationOf(item);
      // A prompt runs in the default deployment for the default user, which every constitution accepts.
      if (item.situation().isPresent()) {
        var policy = PolicyResolution.resolve(constitution, situation.deployment().operator(), situation.user());
        if (policy.isInvalid()) {
          policy.getError().forEach(p -> problems.add(placed(item, p)));
        }
      }
      situations.add(situation);
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    long start = clock.nanoTime();
    List<EvaluatedItem> evaluated = new ArrayList<>(items.size());
    if (concurrency == 1) {
      for (int i = 0; i < items.size(); i++) {
        Either<Seq<Problem>, EvaluatedItem> one = judgeOne(items.get(i), situations.get(i));
        if (!collect(one, evaluated, problems)) {
          break;
        }
        progress.judged(i + 1, items.size());
      }
    } else {
      judgeConcurrently(items, situations, concurrency, progress, evaluated, problems);
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(EvaluationReport.builder()
        .items(evaluated)
        .constitutionVersion(constitution.version())
        .constitutionHash(constitution.hash())
        .elapsedNanos(clock.nanoTime() - start)
        .build());
  }

  /**
   * Keeps at most {@code concurrency} judgments in flight and takes the results in suite order, so
   * progress is told on this thread and the report keeps the suite's order.
   */
  private void judgeConcurrently(List<LabelledItem> items, List<Situation> situations, int concurrency,
      Progress progress, List<EvaluatedItem> evaluated, List<Problem> problems) {
    Deque<Future<Either<Seq<Problem>, EvaluatedItem>>> inFlight = new ArrayDeque<>(concurrency);
    int next = 0;
    try {
      while (next < items.size() || !inFlight.isEmpty()) {
        while (next < items.size() && inFlight.size() < concurrency) {
          LabelledItem item = items.get(next);
          Situation situation = situations.get(next);
          inFlight.add(executor.submit(() -> judgeOne(item, situation)));
          next++;
        }
        if (!collect(inFlight.removeFirst().get(), evaluated, problems)) {
          break;
        }
        progress.judged(evaluated.size(), items.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("judging an item failed", e.getCause());
    } finally {
      inFlight.forEach(f -> f.cancel(true));
    }
  }

  private Either<Seq<Problem>, EvaluatedItem> judgeOne(LabelledItem item, Situation situation) {
    long start = clock.nanoTime();
    Validation<Seq<Problem>, Judgment> judged = judge.judge(situation);
    long latency = clock.nanoTime() - start;
    return judged.isValid() ? Either.right(EvaluatedItem.of(item, judged.get(), latency))
        : Either.left(judged.getError().map(p -> placed(item, p)));
  }

  /** Adds a judged item, or its problems; false when it had problems and evaluation should stop. */
  private static boolean collect(Either<Seq<Problem>, EvaluatedItem> one, List<EvaluatedItem> evaluated,
      List<Problem> problems) {
    if (one.isRight()) {
      evaluated.add(one.get());
      return true;
    }
    one.getLeft().forEach(problems::add);
    return false;
  }

  /** A prompt becomes what a plain-text request is: one user message, default deployment and user. */
  private static Situation situationOf(LabelledItem item) {
    return item.situation().orElseGet(() -> Situation.builder()
        .kind(SituationKind.REQUEST)
        .conversation(Conversation.builder()
            .id("eval-" + item.id())
            .addMessages(Message.of(Speaker.USER, item.prompt().orElseThrow()))
            .build())
        .build());
  }

  private static Problem placed(LabelledItem item, Problem problem) {
    String at = item.line().isPresent() ? "line " + item.line().getAsLong() : "item " + item.id();
    return Problem.of(problem.where().isEmpty() ? at : at + ", " + problem.where(), problem.what());
  }
}
