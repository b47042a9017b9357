package dev.charter.application.port.out;

import dev.charter.domain.CharterStyle;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.weighing.EscalationReason;
import java.util.List;
import org.immutables.value.Value;

/** What one assessor found: considerations, constraint findings and reasons to escalate. */
@Value.Immutable
@CharterStyle
public abstract class Assessment {

  public abstract List<Consideration> considerations();

  public abstract List<ConstraintFinding> findings();

  public abstract List<EscalationReason> escalations();

  public static Assessment none() {
    return builder().build();
  }

  public static Assessment of(Consideration... considerations) {
    return builder().addConsiderations(considerations).build();
  }

  public static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }
}
