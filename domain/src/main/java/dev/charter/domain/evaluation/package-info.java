/**
 * Evaluation against a labelled suite: items whose expected outcome (comply or refuse) is known,
 * the verdicts Charter gave them, and the pure arithmetic that compares the two (over- and
 * under-refusal, precision, recall and F1 with refusal as the positive class, deferral, latency
 * percentiles). No I/O: suites are read and reports written by {@code interchange}.
 */
@CharterStyle
package dev.charter.domain.evaluation;

import dev.charter.domain.CharterStyle;
