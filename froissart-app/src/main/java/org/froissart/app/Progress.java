package org.froissart.app;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.froissart.document.Failure;
import org.froissart.document.Outcome;

/**
 * Reports on standard error: a live count on a terminal (with the rate, and the time left when the
 * number of documents to come is known), and a summary at the end with the number of documents,
 * errors by code and the rate. Called from one thread at a time.
 */
final class Progress {
  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final boolean quiet;
  private final String doneWord;
  private final boolean countsDuplicates;
  private final boolean live = System.console() != null;
  private final long started = System.nanoTime();
  private final Map<String, Integer> errors = new TreeMap<>();
  private long lastShown;
  private int done;
  private int duplicates;
  private long expected = -1;

  /** For {@code analyze}: documents are "analysed". */
  Progress(PrintStream err, boolean quiet) {
    this(err, quiet, "analysed", false);
  }

  /**
   * @param doneWord         what happened to a good document ("analysed", "stored")
   * @param countsDuplicates whether documents skipped as duplicates are counted and reported
   */
  Progress(PrintStream err, boolean quiet, String doneWord, boolean countsDuplicates) {
    this.err = err;
    this.quiet = quiet;
    this.doneWord = doneWord;
    this.countsDuplicates = countsDuplicates;
  }

  /** Whether a live count is shown (standard error is a terminal and not quiet). */
  boolean live() {
    return live && !quiet;
  }

  void note(String message) {
    if (!quiet) {
      err.println("froissart: " + message);
    }
  }

  /** How many documents are to come in all, for the time left. */
  void expect(long documents) {
    expected = documents;
  }

  void done(Outcome outcome) {
    if (outcome instanceof Failure f) {
      failed(f.code());
    } else {
      succeeded();
    }
  }

  void succeeded() {
    done++;
    show();
  }

  void skippedDuplicate() {
    duplicates++;
    show();
  }

  void failed(String code) {
    errors.merge(code, 1, Integer::sum);
    show();
  }

  private void show() {
    long now = System.nanoTime();
    if (live() && now - lastShown > REFRESH_NANOS) {
      lastShown = now;
      err.print("\rfroissart: " + counts() + ", " + rate() + " docs/s" + timeLeft() + "   ");
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
    err.printf("froissart: %s%s in %.1f s (%s docs/s)%n", counts(), errors.isEmpty() ? "" : " " + errors, seconds, rate());
  }

  /** Documents analysed or stored. */
  int successes() {
    return done;
  }

  /** Documents skipped as duplicates. */
  int duplicates() {
    return duplicates;
  }

  private String counts() {
    return done + " " + doneWord + (countsDuplicates ? ", " + duplicates + " skipped as duplicates" : "")
        + ", " + errorCount() + " errors";
  }

  private int errorCount() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  private long handled() {
    return done + duplicates + errorCount();
  }

  private String rate() {
    double seconds = (System.nanoTime() - started) / 1e9;
    return String.format("%.2f", handled() / Math.max(seconds, 1e-3));
  }

  private String timeLeft() {
    long handled = handled();
    if (expected <= 0 || handled == 0 || handled >= expected) {
      return "";
    }
    double seconds = (System.nanoTime() - started) / 1e9 * (expected - handled) / handled;
    long s = Math.round(seconds);
    return ", " + (s >= 3600 ? s / 3600 + " h " + s % 3600 / 60 + " min" : s >= 60 ? s / 60 + " min " + s % 60 + " s"
        : s + " s") + " left";
  }
}
