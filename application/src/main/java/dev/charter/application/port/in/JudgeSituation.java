package dev.charter.application.port.in;

import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Judges one situation: a request, a draft response, or a proposed action.
 *
 * <p>Returns the logged judgment, or every problem with the situation (such as an adjustment that
 * names no behaviour of the constitution); a situation with problems is never logged.
 */
public interface JudgeSituation {

  Validation<Seq<Problem>, Judgment> judge(Situation situation);
}
