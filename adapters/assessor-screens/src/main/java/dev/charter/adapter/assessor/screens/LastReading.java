package dev.charter.adapter.assessor.screens;

import java.util.function.Function;

/**
 * What a screen last read from an operator's instructions. A deployment sends the same
 * instructions with every message, so judgments in a row in one deployment read them once; another
 * deployment's instructions replace the entry. Thread-safe: the entry is one immutable pair behind
 * a volatile reference, and two threads that miss at once only read the instructions twice.
 */
final class LastReading<T> {

  private final Function<String, T> read;
  private volatile Entry<T> last;

  LastReading(Function<String, T> read) {
    this.read = read;
  }

  T of(String instructions) {
    Entry<T> entry = last;
    if (entry == null || !entry.instructions().equals(instructions)) {
      entry = new Entry<>(instructions, read.apply(instructions));
      last = entry;
    }
    return entry.reading();
  }

  private record Entry<T>(String instructions, T reading) {}
}
