package dev.charter.domain.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

class ConstitutionValidationTest {

  @Test
  void aWellFormedDraftBecomesAConstitutionWithValuesWeighedByDominance() {
    Constitution c = SampleConstitution.constitution();

    assertThat(c.priorities().weightOf(CoreValue.BROADLY_SAFE)).isEqualTo(27.0);
    assertThat(c.priorities().weightOf(CoreValue.BROADLY_ETHICAL)).isEqualTo(9.0);
    assertThat(c.priorities().weightOf(CoreValue.GUIDELINE_COMPLIANT)).isEqualTo(3.0);
    assertThat(c.priorities().weightOf(CoreValue.GENUINELY_HELPFUL)).isEqualTo(1.0);
    assertThat(c.hash()).hasSize(64);
  }

  @Test
  void theHashDependsOnTheRulesNotOnWhereTheyWereWritten() {
    Constitution a = SampleConstitution.constitution();
    Constitution b = ConstitutionValidation.validate(SampleConstitution.draft().origin("elsewhere.yaml").build()).get();
    Constitution changed = ConstitutionValidation.validate(
        SampleConstitution.draft().dominance(Sourced.of(4.0, "x:1")).build()).get();

    assertThat(b.hash()).isEqualTo(a.hash());
    assertThat(changed.hash()).isNotEqualTo(a.hash());
  }

  @Test
  void anEmptyNoticeIsRejectedWithWhereItIs() {
    Seq<Problem> problems = ConstitutionValidation.validate(SampleConstitution.draft()
        .addUserProtections(Sourced.of(UserProtection.builder().id("extra").description("d").notice("  ").build(),
            "x.yaml:40")).build()).getError();

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo("x.yaml:40");
      assertThat(p.what()).contains("notice of user protection 'extra' is empty");
    });
  }

  @Test
  void aNoticeIsPartOfTheRulesAndAConstitutionWithoutOneKeepsTheHashItHadBeforeNoticesExisted() {
    Constitution plain = SampleConstitution.constitution();
    Constitution withNotice = ConstitutionValidation.validate(SampleConstitution.draft()
        .addUserProtections(Sourced.of(UserProtection.builder().id("extra").description("d").notice("Call 112.")
            .build(), "x:1")).build()).get();
    Constitution withoutNotice = ConstitutionValidation.validate(SampleConstitution.draft()
        .addUserProtections(Sourced.of(UserProtection.builder().id("extra").description("d").build(), "x:1"))
        .build()).get();

    assertThat(withNotice.hash()).isNotEqualTo(withoutNotice.hash()).isNotEqualTo(plain.hash());
    // A protection without a notice is written as it always was: id, description, waivable.
    assertThat(CanonicalConstitution.text(withoutNotice)).contains("protection\textra\td\tfalse\n");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsOrigin() {
    ConstitutionDraft draft = SampleConstitution.draft()
        .dominance(Sourced.of(1.0, "bad.yaml:2"))
        .priorities(java.util.List.of(
            Sourced.of(ConstitutionDraft.ValueClaim.of("broadly-safe", "x"), "bad.yaml:4"),
            Sourced.of(ConstitutionDraft.ValueClaim.of("broadly-safe", "again"), "bad.yaml:5"),
            Sourced.of(ConstitutionDraft.ValueClaim.of("wise", "?"), "bad.yaml:6"),
            Sourced.of(ConstitutionDraft.ValueClaim.of("genuinely-helpful", "h"), "bad.yaml:7")))
        .addBehaviors(SampleConstitution.behavior("csam", true, Reach.USER, 30))
        .addBehaviors(SampleConstitution.behavior("profanity", true, Reach.USER, 31))
        .build();

    Seq<Problem> problems = ConstitutionValidation.validate(draft).getError();

    assertThat(SampleConstitution.lines(problems)).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:2").contains("dominance"))
        .anySatisfy(p -> assertThat(p).startsWith("bad.yaml:5").contains("listed twice"))
        .anySatisfy(p -> assertThat(p).startsWith("bad.yaml:6").contains("not a core value"))
        .anySatisfy(p -> assertThat(p).contains("'broadly-ethical'").contains("exactly once"))
        .anySatisfy(p -> assertThat(p).contains("'guideline-compliant'").contains("exactly once"))
        .anySatisfy(p -> assertThat(p).startsWith("sample.yaml:30").contains("'csam'").contains("hard constraint"))
        .anySatisfy(p -> assertThat(p).startsWith("sample.yaml:31").contains("'profanity'"));
    assertThat(problems).hasSize(7);
  }

  @Test
  void aMissingVersionAndBlankRationaleAreProblems() {
    ConstitutionDraft draft = ConstitutionDraft.builder().from(SampleConstitution.draft().build())
        .version(java.util.Optional.empty())
        .addHardConstraints(Sourced.of(HardConstraint.builder().id("vague").description("d").rationale(" ").build(), "s:40"))
        .build();

    assertThat(SampleConstitution.lines(ConstitutionValidation.validate(draft).getError()))
        .anySatisfy(p -> assertThat(p).contains("version is missing"))
        .anySatisfy(p -> assertThat(p).startsWith("s:40").contains("rationale"));
  }

  @Test
  void malformedIdsAreRejected() {
    ConstitutionDraft draft = SampleConstitution.draft()
        .addBehaviors(SampleConstitution.behavior("Bad Id", true, Reach.USER, 50)).build();

    assertThat(SampleConstitution.lines(ConstitutionValidation.validate(draft).getError()))
        .singleElement().asString().startsWith("sample.yaml:50").contains("lower-case");
  }
}
