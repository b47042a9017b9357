package dev.charter.adapter.assessor.semantic.training;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on standard error, redrawn in place. */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final String label;
  private final long total;
  private final PrintStream out;
  private final long start = System.nanoTime();
  private int lastPercent = -1;

  ProgressBar(String label, long total, PrintStream out) {
    this.label = label;
    this.total = Math.max(1, total);
    this.out = out;
  }

  synchronized void step(long done) {
    int percent = (int) (100 * done / total);
    if (percent == lastPercent && done < total) {
      return;
    }
    lastPercent = percent;
    int filled = (int) (WIDTH * done / total);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.print(String.format(Locale.ROOT, "\r%-22s [%s%s] %3d%% %d/%d %.0fs", label, "#".repeat(filled),
        " ".repeat(WIDTH - filled), percent, done, total, seconds));
    if (done >= total) {
      out.println();
    }
    out.flush();
  }
}
