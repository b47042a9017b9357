package dev.charter.application.service;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.Clock;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every assessor for one situation under one deadline. Blocking assessors run concurrently on
 * the executor, so the whole run takes as long as the slowest of them (never more than the
 * deadline) plus the inline ones, which are pure and take microseconds. A failure or a missed
 * deadline is recorded, never silently dropped.
 */
final class AssessorRunner {

  /** The timing of an assessor that failed: none. */
  private static final long NOT_TIMED = -1;

  private final List<Assessor> byName;
  private final List<Assessor> inline;
  private final List<Assessor> concurrent;
  /** Where each inline and each concurrent assessor stands in {@link #byName}, for its timing. */
  private final int[] inlineRank;
  private final int[] concurrentRank;
  private final ExecutorService executor;
  private final Clock clock;

  AssessorRunner(Iterable<Assessor> assessors, ExecutorService executor, Clock clock) {
    List<Assessor> sorted = new ArrayList<>();
    assessors.forEach(sorted::add);
    sorted.sort(Comparator.comparing(Assessor::name));
    this.byName = List.copyOf(sorted);
    this.inline = sorted.stream().filter(Assessor::isInline).toList();
    this.concurrent = sorted.stream().filter(a -> !a.isInline()).toList();
    this.inlineRank = inline.stream().mapToInt(byName::indexOf).toArray();
    this.concurrentRank = concurrent.stream().mapToInt(byName::indexOf).toArray();
    this.executor = executor;
    this.clock = clock;
  }

  boolean isEmpty() {
    return inline.isEmpty() && concurrent.isEmpty();
  }

  AssessorRun run(Situation situation, EffectivePolicy policy, Constitution constitution, Duration deadline) {
    AssessorRun run = new AssessorRun();
    long[] micros = new long[byName.size()];
    Arrays.fill(micros, NOT_TIMED);
    long deadlineAt = clock.nanoTime() + deadline.toNanos();
    List<Future<Timed>> pending = new ArrayList<>(concurrent.size());
    for (Assessor assessor : concurrent) {
      pending.add(executor.submit(() -> timed(assessor, situation, policy, constitution)));
    }
    // The inline screens take microseconds each, so they are timed back to back: one clock reading
    // apiece, and nothing allocated beyond what they return.
    long last = clock.nanoTime();
    for (int i = 0; i < inline.size(); i++) {
      Assessor assessor = inline.get(i);
      try {
        Assessment assessment = assessor.assess(situation, policy, constitution);
        if (assessment == null) {
          throw new IllegalStateException("returned no assessment");
        }
        accept(run, assessor, assessment);
        long now = clock.nanoTime();
        micros[inlineRank[i]] = (now - last) / 1_000;
        last = now;
      } catch (RuntimeException e) {
        run.failures.add(failure(assessor, describe(e)));
        last = clock.nanoTime();
      }
    }
    for (int i = 0; i < concurrent.size(); i++) {
      Assessor assessor = concurrent.get(i);
      Future<Timed> future = pending.get(i);
      Timed timed = awaited(run, assessor, () -> {
        long left = Math.max(0, deadlineAt - clock.nanoTime());
        try {
          return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          future.cancel(true);
          throw new MissedDeadline(deadline);
        }
      });
      if (timed != null) {
        accept(run, assessor, timed.assessment);
        micros[concurrentRank[i]] = timed.micros;
      }
    }
    // In name order, as the log writes them, so that writing the record need not sort them again.
    for (int i = 0; i < micros.length; i++) {
      if (micros[i] != NOT_TIMED) {
        run.micros.put(byName.get(i).name(), micros[i]);
      }
    }
    return run;
  }

  private static void accept(AssessorRun run, Assessor assessor, Assessment assessment) {
    run.assessments.add(assessment);
    run.checkedConstraints.addAll(assessor.guards());
  }

  /** What a concurrent assessor returned, or null with its failure recorded. */
  private static Timed awaited(AssessorRun run, Assessor assessor, Attempt attempt) {
    try {
      return attempt.get();
    } catch (MissedDeadline e) {
      run.failures.add(failure(assessor, e.getMessage()));
    } catch (ExecutionException e) {
      run.failures.add(failure(assessor, describe(e.getCause())));
    } catch (CancellationException e) {
      run.failures.add(failure(assessor, "cancelled"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.failures.add(failure(assessor, "interrupted while waiting for it"));
    } catch (RuntimeException e) {
      run.failures.add(failure(assessor, describe(e)));
    }
    return null;
  }

  private Timed timed(Assessor assessor, Situation situation, EffectivePolicy policy, Constitution constitution) {
    long start = clock.nanoTime();
    Assessment assessment = assessor.assess(situation, policy, constitution);
    if (assessment == null) {
      throw new IllegalStateException("returned no assessment");
    }
    return new Timed(assessment, (clock.nanoTime() - start) / 1_000);
  }

  private static AssessorFailure failure(Assessor assessor, String reason) {
    return AssessorFailure.builder()
        .assessor(assessor.name())
        .reason(reason)
        // A referee is asked only about doubts; if it cannot answer, the judgment must not proceed on them.
        .guardsHardConstraints(!assessor.guards().isEmpty() || assessor.isReferee())
        .build();
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private interface Attempt {
    Timed get() throws ExecutionException, InterruptedException;
  }

  private static final class Timed {
    final Assessment assessment;
    final long micros;

    Timed(Assessment assessment, long micros) {
      this.assessment = assessment;
      this.micros = micros;
    }
  }

  private static final class MissedDeadline extends RuntimeException {
    MissedDeadline(Duration deadline) {
      super("missed the deadline of " + deadline.toMillis() + " ms", null, false, false);
    }
  }
}
