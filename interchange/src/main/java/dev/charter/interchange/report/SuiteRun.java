package dev.charter.interchange.report;

/**
 * What a report says about the run besides the numbers.
 *
 * @param suite the suite file as the user named it
 * @param format what kind of suite it was read as
 * @param excluded items of the file that were not judged (left out by split, category or limit)
 * @param logged whether the judgments went to the decision log
 * @param concurrency how many items were judged at once (latencies include their contention)
 */
public record SuiteRun(String suite, String format, int excluded, boolean logged, int concurrency) {}
