package dev.charter.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Starts several threads at the same instant, so that their calls really do overlap. */
final class Concurrently {

  private Concurrently() {}

  /** Runs {@code task.apply(t)} on thread {@code t} for each of {@code threads}, and gathers the results. */
  static <T> List<T> run(int threads, IntFunction<Callable<List<T>>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<T>> work = task.apply(t);
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return work.call();
        }));
      }
      ready.await();
      go.countDown();
      List<T> all = new ArrayList<>();
      for (Future<List<T>> future : futures) {
        all.addAll(future.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
