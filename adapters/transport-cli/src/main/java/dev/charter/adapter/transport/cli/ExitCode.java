package dev.charter.adapter.transport.cli;

/** The command line's exit statuses. */
final class ExitCode {
  static final int OK = 0;
  /** Something failed inside Charter or its infrastructure, or the log failed verification. */
  static final int FAILURE = 1;
  /** The input, options or configuration were wrong; nothing was written. */
  static final int BAD_INPUT = 2;

  private ExitCode() {}
}
