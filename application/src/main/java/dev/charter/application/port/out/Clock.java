package dev.charter.application.port.out;

import java.time.Instant;

/** The time, and a monotonic nanosecond counter for timings; replaceable in tests. */
public interface Clock {

  Instant now();

  long nanoTime();

  static Clock system() {
    return new Clock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public long nanoTime() {
        return System.nanoTime();
      }
    };
  }
}
