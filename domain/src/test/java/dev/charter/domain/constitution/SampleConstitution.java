package dev.charter.domain.constitution;

import java.util.List;

/** A small constitution for tests, shaped like the default one. */
public final class SampleConstitution {

  private SampleConstitution() {}

  public static ImmutableConstitutionDraft.Builder draft() {
    return ConstitutionDraft.builder()
        .origin("sample.yaml")
        .version(Sourced.of("test-1", "sample.yaml:1"))
        .dominance(Sourced.of(3.0, "sample.yaml:2"))
        .addPriorities(
            Sourced.of(ConstitutionDraft.ValueClaim.of("broadly-safe", "do not undermine oversight"), "sample.yaml:4"),
            Sourced.of(ConstitutionDraft.ValueClaim.of("broadly-ethical", "be good and honest"), "sample.yaml:5"),
            Sourced.of(ConstitutionDraft.ValueClaim.of("guideline-compliant", "follow the guidelines"), "sample.yaml:6"),
            Sourced.of(ConstitutionDraft.ValueClaim.of("genuinely-helpful", "benefit principals"), "sample.yaml:7"))
        .addHardConstraints(Sourced.of(HardConstraint.builder().id("cyberweapons")
            .description("no damaging malicious code").rationale("the harm is too severe to weigh").build(),
            "sample.yaml:9"))
        .addHardConstraints(Sourced.of(HardConstraint.builder().id("csam")
            .description("no sexual content involving minors").rationale("never acceptable").build(),
            "sample.yaml:12"))
        .addBehaviors(behavior("safety-caveats", true, Reach.OPERATOR, 15))
        .addBehaviors(behavior("suggest-professional-help", true, Reach.USER, 16))
        .addBehaviors(behavior("profanity", false, Reach.USER, 17))
        .addBehaviors(behavior("explicit-fiction", false, Reach.OPERATOR, 18))
        .addBehaviors(behavior("persona", false, Reach.OPERATOR, 19))
        .addBehaviors(behavior("fixed-by-developer", false, Reach.DEVELOPER, 20))
        .addUserProtections(Sourced.of(UserProtection.builder().id("never-deny-being-ai")
            .description("never deny being an AI to a sincere asker").waivableByUser(true).build(), "sample.yaml:22"))
        .addUserProtections(Sourced.of(UserProtection.builder().id("emergency-pointers")
            .description("point to emergency help when life is at risk").build(), "sample.yaml:23"));
  }

  public static Constitution constitution() {
    return ConstitutionValidation.validate(draft().build()).get();
  }

  static Sourced<Behavior> behavior(String id, boolean on, Reach reach, int line) {
    return Sourced.of(Behavior.builder().id(id).description(id + " behaviour").enabledByDefault(on).reach(reach).build(),
        "sample.yaml:" + line);
  }

  static List<String> lines(io.vavr.collection.Seq<dev.charter.domain.problem.Problem> problems) {
    return problems.map(Object::toString).toJavaList();
  }
}
