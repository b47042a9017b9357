package dev.charter.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.SampleConstitution;
import dev.charter.domain.principal.Principal;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.policy.UserSettings;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyResolutionTest {

  private final Constitution constitution = SampleConstitution.constitution();

  @Test
  void withNoAdjustmentsTheConstitutionDefaultsHold() {
    EffectivePolicy policy = resolve(Optional.empty(), UserSettings.anonymous()).get();

    assertThat(policy.enabledBehaviors()).containsExactly("safety-caveats", "suggest-professional-help");
    assertThat(policy.refusedAdjustments()).isEmpty();
  }

  @Test
  void operatorCannotUnlockAHardConstraint() {
    EffectivePolicy policy = resolve(operator().addAdjustments(Adjustment.of("csam", true)).build(), user()).get();

    assertThat(policy.refusedAdjustments()).singleElement().satisfies(r -> {
      assertThat(r.principal()).isEqualTo(Principal.OPERATOR);
      assertThat(r.behavior()).isEqualTo("csam");
      assertThat(r.reason()).contains("may not unlock hard constraint 'csam'");
    });
    assertThat(policy.enabledBehaviors()).doesNotContain("csam");
  }

  @Test
  void userCannotUnlockAHardConstraintEvenWhenGranted() {
    OperatorSettings op = operator().addGrants("cyberweapons").build();
    EffectivePolicy policy = resolve(op, user(Adjustment.of("cyberweapons", true))).get();

    assertThat(policy.refusedAdjustments()).extracting(RefusedAdjustment::principal)
        .containsExactly(Principal.OPERATOR, Principal.USER);
    assertThat(policy.grants()).isEmpty();
  }

  @Test
  void anUnknownIdIsBadInputNamingTheField() {
    Validation<Seq<Problem>, EffectivePolicy> result = resolve(
        operator().addAdjustments(Adjustment.of("safety-caveats", false), Adjustment.of("no-such", true)).build(),
        user(Adjustment.of("also-missing", true)));

    assertThat(result.getError().map(Object::toString))
        .containsExactly(
            "deployment.operator.adjustments[1].behavior: unknown behaviour 'no-such'; it names no behaviour, hard"
                + " constraint or user protection in constitution test-1",
            "user.adjustments[0].behavior: unknown behaviour 'also-missing'; it names no behaviour, hard constraint"
                + " or user protection in constitution test-1");
  }

  @Test
  void operatorMayTurnOffADefaultWithinItsReach() {
    EffectivePolicy policy = resolve(operator().addAdjustments(Adjustment.of("safety-caveats", false)).build(), user()).get();

    assertThat(policy.isEnabled("safety-caveats")).isFalse();
  }

  @Test
  void userWasNotGrantedAnOperatorLevelBehaviour() {
    EffectivePolicy policy = resolve(operator().build(), user(Adjustment.of("explicit-fiction", true))).get();

    assertThat(policy.isEnabled("explicit-fiction")).isFalse();
    assertThat(policy.refusedAdjustments()).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("user was not granted 'explicit-fiction'"));
  }

  @Test
  void anOperatorGrantLetsUsersChangeWhatTheOperatorMay() {
    EffectivePolicy policy = resolve(operator().addGrants("explicit-fiction").build(),
        user(Adjustment.of("explicit-fiction", true))).get();

    assertThat(policy.isEnabled("explicit-fiction")).isTrue();
    assertThat(policy.refusedAdjustments()).isEmpty();
  }

  @Test
  void operatorCannotGrantWhatItMayNotChangeItself() {
    EffectivePolicy policy = resolve(operator().addGrants("fixed-by-developer").build(),
        user(Adjustment.of("fixed-by-developer", true))).get();

    assertThat(policy.isEnabled("fixed-by-developer")).isFalse();
    assertThat(policy.refusedAdjustments()).hasSize(2);
  }

  @Test
  void aUserNeverExceedsWhatTheOperatorCouldDo() {
    EffectivePolicy policy = resolve(Optional.empty(), user(Adjustment.of("persona", true),
        Adjustment.of("fixed-by-developer", true))).get();

    assertThat(policy.enabledBehaviors()).doesNotContain("persona", "fixed-by-developer");
    assertThat(policy.refusedAdjustments()).hasSize(2);
  }

  @Test
  void usersMayTurnOnWhatIsWithinTheirOwnReach() {
    EffectivePolicy policy = resolve(Optional.empty(), user(Adjustment.of("profanity", true),
        Adjustment.of("suggest-professional-help", false))).get();

    assertThat(policy.enabledBehaviors()).containsExactly("profanity", "safety-caveats");
  }

  @Test
  void anyoneMayAskForMoreCaution() {
    OperatorSettings op = operator().addAdjustments(Adjustment.of("safety-caveats", false)).build();
    EffectivePolicy policy = resolve(op, user(Adjustment.of("safety-caveats", true))).get();

    assertThat(policy.isEnabled("safety-caveats")).isTrue();
    assertThat(policy.refusedAdjustments()).isEmpty();
  }

  @Test
  void anOperatorLockKeepsUsersFromLoosening() {
    EffectivePolicy policy = resolve(operator().addLocks("profanity").build(), user(Adjustment.of("profanity", true))).get();

    assertThat(policy.isEnabled("profanity")).isFalse();
    assertThat(policy.refusedAdjustments()).singleElement().satisfies(r -> assertThat(r.reason()).contains("locked"));
  }

  @Test
  void operatorCannotRemoveAUserProtection() {
    EffectivePolicy policy = resolve(operator().addAdjustments(Adjustment.of("never-deny-being-ai", false)).build(),
        user()).get();

    assertThat(policy.waivedProtections()).isEmpty();
    assertThat(policy.refusedAdjustments()).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("operators cannot remove user protection"));
  }

  @Test
  void aUserMayWaiveAWaivableProtectionForThemselvesButNotOthers() {
    EffectivePolicy policy = resolve(Optional.empty(), user(Adjustment.of("never-deny-being-ai", false),
        Adjustment.of("emergency-pointers", false))).get();

    assertThat(policy.waivedProtections()).containsExactly("never-deny-being-ai");
    assertThat(policy.refusedAdjustments()).singleElement()
        .satisfies(r -> assertThat(r.behavior()).isEqualTo("emergency-pointers"));
  }

  private Validation<Seq<Problem>, EffectivePolicy> resolve(OperatorSettings operator, UserSettings user) {
    return resolve(Optional.of(operator), user);
  }

  private Validation<Seq<Problem>, EffectivePolicy> resolve(Optional<OperatorSettings> operator, UserSettings user) {
    return PolicyResolution.resolve(constitution, operator, user);
  }

  private static dev.charter.domain.policy.ImmutableOperatorSettings.Builder operator() {
    return OperatorSettings.builder().id("acme");
  }

  private static UserSettings user(Adjustment... adjustments) {
    return UserSettings.builder().id("u1").addAdjustments(adjustments).build();
  }
}
