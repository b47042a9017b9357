package dev.charter.domain.policy;

import dev.charter.domain.constitution.Behavior;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.principal.Principal;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the effective policy of one conversation: a pure function of the constitution, the
 * operator's settings and the user's adjustments.
 *
 * <ul>
 *   <li>Anyone may move a behaviour towards its cautious setting: asking for more care is always
 *       honoured.
 *   <li>Moving away from it needs reach: an operator may unlock behaviours of reach operator or
 *       user; a user those of reach user, or those the operator granted, unless the operator locked
 *       them. A user therefore never exceeds what the operator could do.
 *   <li>Hard constraints cannot be adjusted by anyone; operators cannot remove user protections;
 *       users may waive the waivable ones for themselves. These are refused and recorded, not errors.
 *   <li>An id that names nothing in the constitution is bad input: every such id is reported.
 * </ul>
 */
public final class PolicyResolution {

  private PolicyResolution() {}

  public static Validation<Seq<Problem>, EffectivePolicy> resolve(
      Constitution constitution, Optional<OperatorSettings> operator, UserSettings user) {
    return new Resolver(constitution).resolve(operator, user);
  }

  private static final class Resolver {
    private final Constitution constitution;
    private final Map<String, Boolean> state = new HashMap<>();
    private final java.util.List<RefusedAdjustment> refused = new ArrayList<>();
    private final java.util.List<Problem> problems = new ArrayList<>();
    private final Set<String> grants = new TreeSet<>();
    private final Set<String> locks = new HashSet<>();
    private final Set<String> waived = new TreeSet<>();

    Resolver(Constitution constitution) {
      this.constitution = constitution;
      constitution.behaviors().forEach(b -> state.put(b.id(), b.enabledByDefault()));
    }

    Validation<Seq<Problem>, EffectivePolicy> resolve(Optional<OperatorSettings> operator, UserSettings user) {
      operator.ifPresent(this::applyOperator);
      for (int i = 0; i < user.adjustments().size(); i++) {
        applyUser(user.adjustments().get(i), "user.adjustments[" + i + "].behavior");
      }
      if (!problems.isEmpty()) {
        return Validation.invalid(List.ofAll(problems));
      }
      Set<String> enabled = new TreeSet<>();
      state.forEach((id, on) -> {
        if (on) {
          enabled.add(id);
        }
      });
      return Validation.valid(EffectivePolicy.builder()
          .enabledBehaviors(enabled)
          .refusedAdjustments(refused)
          .waivedProtections(waived)
          .grants(grants)
          .build());
    }

    private void applyOperator(OperatorSettings operator) {
      String at = "deployment.operator.";
      for (int i = 0; i < operator.adjustments().size(); i++) {
        Adjustment adjustment = operator.adjustments().get(i);
        String where = at + "adjustments[" + i + "].behavior";
        if (known(adjustment.behavior(), where) && !refusedOutright(Principal.OPERATOR, adjustment)) {
          Behavior behavior = constitution.behavior(adjustment.behavior()).get();
          if (adjustment.enabled() == behavior.cautiousSetting() || behavior.reach().allows(Principal.OPERATOR)) {
            state.put(behavior.id(), adjustment.enabled());
          } else {
            refuse(Principal.OPERATOR, behavior.id(), "operators may not change '" + behavior.id()
                + "'; the constitution reserves it to the " + behavior.reach().id());
          }
        }
      }
      for (int i = 0; i < operator.grants().size(); i++) {
        grant(operator.grants().get(i), at + "grants[" + i + "].behavior");
      }
      for (int i = 0; i < operator.locks().size(); i++) {
        String id = operator.locks().get(i);
        if (known(id, at + "locks[" + i + "].behavior")) {
          locks.add(id);
        }
      }
    }

    private void grant(String id, String where) {
      if (!known(id, where)) {
        return;
      }
      if (constitution.hardConstraint(id).isDefined()) {
        refuse(Principal.OPERATOR, id, "operators may not grant '" + id
            + "': it is a hard constraint, which no principal can unlock");
      } else if (constitution.userProtection(id).isDefined()) {
        refuse(Principal.OPERATOR, id, "'" + id + "' is a user protection; only the user may waive it");
      } else if (!constitution.behavior(id).get().reach().allows(Principal.OPERATOR)) {
        refuse(Principal.OPERATOR, id, "operators may not grant '" + id
            + "' because they may not change it themselves");
      } else {
        grants.add(id);
      }
    }

    private void applyUser(Adjustment adjustment, String where) {
      if (!known(adjustment.behavior(), where) || refusedOutright(Principal.USER, adjustment)) {
        return;
      }
      Behavior behavior = constitution.behavior(adjustment.behavior()).get();
      String id = behavior.id();
      if (adjustment.enabled() == behavior.cautiousSetting()) {
        state.put(id, adjustment.enabled());
      } else if (locks.contains(id)) {
        refuse(Principal.USER, id, "the operator locked '" + id + "' for users of this deployment");
      } else if (behavior.reach().allows(Principal.USER) || grants.contains(id)) {
        state.put(id, adjustment.enabled());
      } else {
        refuse(Principal.USER, id, "the user was not granted '" + id + "'; "
            + (behavior.reach().allows(Principal.OPERATOR)
                ? "only the operator may change it or grant it to users"
                : "the constitution reserves it to the developer"));
      }
    }

    /** Hard constraints and user protections are never adjusted like behaviours. */
    private boolean refusedOutright(Principal principal, Adjustment adjustment) {
      String id = adjustment.behavior();
      if (constitution.hardConstraint(id).isDefined()) {
        refuse(principal, id, principal.id() + " may not unlock hard constraint '" + id
            + "'; hard constraints cannot be unlocked by any principal");
        return true;
      }
      Optional<UserProtection> protection = constitution.userProtection(id).toJavaOptional();
      if (protection.isEmpty()) {
        return false;
      }
      if (adjustment.enabled()) {
        return true; // protections are always on; asking for one changes nothing
      }
      if (principal == Principal.OPERATOR) {
        refuse(principal, id, "operators cannot remove user protection '" + id + "'");
      } else if (protection.get().waivableByUser()) {
        waived.add(id);
      } else {
        refuse(principal, id, "user protection '" + id + "' cannot be waived, even by the user");
      }
      return true;
    }

    private boolean known(String id, String where) {
      boolean known = constitution.behavior(id).isDefined()
          || constitution.hardConstraint(id).isDefined()
          || constitution.userProtection(id).isDefined();
      if (!known) {
        problems.add(Problem.of(where, "unknown behaviour '" + id
            + "'; it names no behaviour, hard constraint or user protection in constitution "
            + constitution.version()));
      }
      return known;
    }

    private void refuse(Principal principal, String behavior, String reason) {
      refused.add(RefusedAdjustment.of(principal, behavior, reason));
    }
  }
}
