package dev.charter.adapter.transport.cli;

import dev.charter.application.port.in.EvaluateSuite;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place at most ten times a second so that
 * drawing never costs the run anything noticeable.
 */
final class ProgressBar implements EvaluateSuite.Progress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastDrawn = start - REDRAW_NANOS;
  private int lastLength;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void judged(int done, int total) {
    long now = System.nanoTime();
    if (done < total && now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    double share = total == 0 ? 1 : (double) done / total;
    int filled = (int) Math.round(share * WIDTH);
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    // The first judgments pay for warming up; an estimate from them would only alarm.
    String eta = seconds >= 1 && rate > 0 && done < total
        ? String.format(Locale.ROOT, "  ETA %s", time((total - done) / rate)) : "";
    String line = String.format(Locale.ROOT, "judging [%s%s] %d/%d %3.0f%%  %,.0f/s%s", "█".repeat(filled),
        "░".repeat(WIDTH - filled), done, total, 100 * share, rate, eta);
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    err.flush();
    lastLength = line.length();
  }

  /** Wipes the bar, so what follows starts on a clean line. */
  void clear() {
    if (lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
    }
  }

  private static String time(double seconds) {
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.0fs", Math.ceil(seconds));
    }
    return String.format(Locale.ROOT, "%dm%02ds", (long) seconds / 60, (long) seconds % 60);
  }
}
