package org.froissart.app;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.froissart.document.Failure;
import org.froissart.document.Outcome;

/**
 * Reports on standard error: a live count on a terminal, and a summary at the end with the
 * number of documents, errors by code and the rate. Called from one thread.
 */
final class Progress {
  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final boolean quiet;
  private final boolean live = System.console() != null;
  private final long started = System.nanoTime();
  private final Map<String, Integer> errors = new TreeMap<>();
  private long lastShown;
  private int analysed;

  Progress(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  void note(String message) {
    if (!quiet) {
      err.println("froissart: " + message);
    }
  }

  void done(Outcome outcome) {
    if (outcome instanceof Failure f) {
      errors.merge(f.code(), 1, Integer::sum);
    } else {
      analysed++;
    }
    long now = System.nanoTime();
    if (live && !quiet && now - lastShown > REFRESH_NANOS) {
      lastShown = now;
      err.print("\rfroissart: " + analysed + " analysed, " + errorCount() + " errors, " + rate() + " docs/s   ");
      err.flush();
    }
  }

  void finish() {
    if (quiet) {
      return;
    }
    if (live) {
      err.print("\r");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf("froissart: %d analysed, %d errors%s in %.1f s (%s docs/s)%n", analysed, errorCount(),
        errors.isEmpty() ? "" : " " + errors, seconds, rate());
  }

  int analysed() {
    return analysed;
  }

  private int errorCount() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  private String rate() {
    double seconds = (System.nanoTime() - started) / 1e9;
    return String.format("%.2f", (analysed + errorCount()) / Math.max(seconds, 1e-3));
  }
}
