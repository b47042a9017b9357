package dev.charter.domain.weighing;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.ValueDefinition;
import dev.charter.domain.constitution.ValuePriorities;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.ImmutableConsideration;
import dev.charter.domain.judgment.Stance;
import java.util.Random;

/** Seeded random weighing inputs for property sweeps: reproducible, and wide enough to find edge cases. */
final class RandomInputs {

  private static final String[] PARTS = {"", "", "", "part-a", "part-b"};
  private final Random random;

  RandomInputs(long seed) {
    this.random = new Random(seed);
  }

  static ValuePriorities priorities(double dominance) {
    dev.charter.domain.constitution.ImmutableValuePriorities.Builder b = ValuePriorities.builder().dominance(dominance);
    for (CoreValue v : CoreValue.values()) {
      b.addOrder(ValueDefinition.of(v, v.id()));
    }
    return b.build();
  }

  ImmutableWeighingInput.Builder input() {
    ImmutableWeighingInput.Builder b = WeighingInput.builder().priorities(priorities(3));
    int n = random.nextInt(7);
    for (int i = 0; i < n; i++) {
      b.addConsiderations(consideration(random.nextBoolean() ? Stance.FOR : Stance.AGAINST));
    }
    if (random.nextInt(8) == 0) {
      b.addEscalations(EscalationReason.of(value(), "needs a person", "test"));
    }
    if (random.nextInt(10) == 0) {
      b.addFindings(ConstraintFinding.builder().constraintId("cyberweapons").status(ConstraintStatus.UNSURE).build());
    }
    return b;
  }

  ImmutableConsideration consideration(Stance stance) {
    ImmutableConsideration.Builder b = Consideration.builder()
        .value(value())
        .stance(stance)
        .size(unit())
        .probability(unit())
        .breadth(unit())
        .reversible(random.nextBoolean())
        .counterfactual(random.nextInt(3) == 0 ? unit() : 0)
        .consented(random.nextInt(5) == 0)
        .confidence(unit())
        .rationale(stance.id() + " " + random.nextInt(1000))
        .source("random");
    String part = PARTS[random.nextInt(PARTS.length)];
    if (!part.isEmpty()) {
      b.part(part);
    }
    return b.build();
  }

  CoreValue value() {
    return CoreValue.values()[random.nextInt(CoreValue.values().length)];
  }

  double unit() {
    // Favour the small sizes real assessors produce, while still reaching 1.
    double u = random.nextDouble();
    return random.nextBoolean() ? u * u * u : u;
  }

  boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }
}
