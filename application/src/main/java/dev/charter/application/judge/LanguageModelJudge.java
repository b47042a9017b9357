package dev.charter.application.judge;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.LanguageModel;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.HardConstraint;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An assessor that asks a {@link LanguageModel} to judge the situation against the constitution's
 * hard constraints and to estimate any lesser harm. It guards every hard constraint it is told of,
 * so a model that cannot be reached, or answers outside the format, is a failed guard: the service
 * records the failure and the judgment does not proceed.
 *
 * <p>As a {@linkplain #isReferee() referee} (the usual set-up) it is consulted only when the
 * embedded assessors are unsure, which keeps a model call off most judgments.
 */
public final class LanguageModelJudge implements Assessor {

  public static final String NAME = "llm-judge";

  private final LanguageModel model;
  private final Set<String> guards;
  private final boolean referee;

  /**
   * @param constitution the constitution in force, whose hard constraints this judge checks
   * @param referee true to be consulted only when other assessors are unsure, false to judge every situation
   */
  public LanguageModelJudge(LanguageModel model, Constitution constitution, boolean referee) {
    this.model = model;
    this.guards = constitution.hardConstraints().stream().map(HardConstraint::id)
        .collect(Collectors.toUnmodifiableSet());
    this.referee = referee;
  }

  /** The model it asks. */
  public LanguageModel model() {
    return model;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> guards() {
    return guards;
  }

  @Override
  public boolean isReferee() {
    return referee;
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    String reply = model.reply(JudgePrompt.of(situation, constitution))
        .getOrElseThrow(e -> new IllegalStateException(model.name() + ": " + e.getMessage(), e));
    return JudgeReply.parse(reply, constitution, NAME)
        .getOrElseThrow(problem -> new IllegalStateException(model.name() + " replied outside the format: " + problem));
  }
}
