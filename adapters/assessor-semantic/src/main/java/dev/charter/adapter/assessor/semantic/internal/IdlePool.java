package dev.charter.adapter.assessor.semantic.internal;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Native buffers kept for reuse between runs of ONNX Runtime: most recently returned first, so those
 * in use stay the same few, and at most {@code maxIdle} kept idle, so a burst of callers leaves no
 * more than that behind (the collector frees the rest). Direct buffers are freed only when the
 * collector gets to them, so making one per run would hold native memory for nothing.
 *
 * <p>Thread-safe.
 */
final class IdlePool<T> {

  private final int maxIdle;
  private final Supplier<T> make;
  private final Deque<T> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();

  IdlePool(int maxIdle, Supplier<T> make) {
    this.maxIdle = maxIdle;
    this.make = make;
  }

  /** An idle one, or a new one when none is idle. */
  T take() {
    T item = idle.pollFirst();
    if (item == null) {
      return make.get();
    }
    idleCount.decrementAndGet();
    return item;
  }

  /** Kept for the next caller unless enough are idle already. */
  void giveBack(T item) {
    if (idleCount.incrementAndGet() <= maxIdle) {
      idle.offerFirst(item);
    } else {
      idleCount.decrementAndGet();
    }
  }
}
