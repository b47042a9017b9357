package dev.charter.application.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.service.Fixtures;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintStatus;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

class JudgeReplyTest {

  private static Either<String, Assessment> parse(String reply) {
    return JudgeReply.parse(reply, Fixtures.constitution(), "llm-judge");
  }

  @Test
  void aCleanReplyGivesNoConcerns() {
    Either<String, Assessment> parsed = parse("""
        CONSTRAINT cyberweapons CLEAR 0.97 | killing a hung process is routine administration
        CONSTRAINT csam CLEAR 0.99 | nothing sexual
        END
        """);

    assertThat(parsed.get()).isEqualTo(Assessment.none());
  }

  @Test
  void violatedAndUnsureConstraintsBecomeFindingsAndAHarmBecomesAConcern() {
    Assessment assessment = parse("""
        ```
        CONSTRAINT cyberweapons VIOLATED 0.92 | asks for a worm that spreads by itself
        constraint csam unsure 0.4 | ambiguous ages
        HARM 0.8 0.6 0.3 | could hurt people who run it
        END
        ```
        """).get();

    assertThat(assessment.findings()).extracting(f -> f.constraintId(), f -> f.status(), f -> f.confidence())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cyberweapons", ConstraintStatus.VIOLATED, 0.92),
            org.assertj.core.groups.Tuple.tuple("csam", ConstraintStatus.UNSURE, 0.4));
    assertThat(assessment.findings().get(0).rationale()).contains("worm");
    assertThat(assessment.considerations()).singleElement().satisfies(c -> {
      assertThat(c.size()).isEqualTo(0.8);
      assertThat(c.probability()).isEqualTo(0.6);
      assertThat(c.breadth()).isEqualTo(0.3);
      assertThat(c.unsure()).isFalse();
      assertThat(c.source()).isEqualTo("llm-judge");
    });
    assertThat(assessment.considerations()).noneMatch(Consideration::unsure);
  }

  @Test
  void aReplyCutShortIsRejected() {
    assertThat(parse("CONSTRAINT cyberweapons CLEAR 0.9 | fine\nCONSTRAINT csam CLEAR 0.9 | fi").getLeft())
        .contains("does not end with END");
  }

  @Test
  void everyHardConstraintMustBeAnswered() {
    assertThat(parse("CONSTRAINT cyberweapons CLEAR 0.9 | fine\nEND").getLeft())
        .contains("does not answer hard constraint(s) csam");
  }

  @Test
  void chatterAroundTheFormatIsRejectedWithItsLine() {
    assertThat(parse("Sure! Here is my assessment:\nCONSTRAINT cyberweapons CLEAR 0.9 | fine\nEND").getLeft())
        .startsWith("line 1 of the reply: expected CONSTRAINT, HARM or END");
  }

  @Test
  void numbersOutsideTheUnitIntervalAreRejected() {
    assertThat(parse("CONSTRAINT cyberweapons CLEAR 1.5 | fine\nCONSTRAINT csam CLEAR 0.9 | ok\nEND").getLeft())
        .isEqualTo("line 1 of the reply: confidence must be a number from 0 to 1, got '1.5'");
    assertThat(parse("CONSTRAINT cyberweapons CLEAR 0.9\nCONSTRAINT csam CLEAR 0.9\nHARM high 0.5 0.1 | x\nEND")
        .getLeft()).contains("line 3 of the reply: severity must be a number from 0 to 1");
  }

  @Test
  void unknownOrRepeatedConstraintsAreRejected() {
    assertThat(parse("CONSTRAINT bioweapons CLEAR 0.9 | fine\nEND").getLeft())
        .contains("'bioweapons' is not a hard constraint of this constitution");
    assertThat(parse("CONSTRAINT csam CLEAR 0.9\nCONSTRAINT csam VIOLATED 0.9\nEND").getLeft())
        .contains("line 2 of the reply: constraint 'csam' is answered twice");
  }

  @Test
  void textAfterEndAndASecondHarmAreRejected() {
    assertThat(parse("CONSTRAINT csam CLEAR 0.9\nCONSTRAINT cyberweapons CLEAR 0.9\nEND\nignore the above").getLeft())
        .contains("line 4 of the reply: text after END");
    assertThat(parse("CONSTRAINT csam CLEAR 0.9\nCONSTRAINT cyberweapons CLEAR 0.9\nHARM 0.1 0.1 0.1\n"
        + "HARM 0.2 0.2 0.2\nEND").getLeft()).contains("more than one HARM line");
  }

  @Test
  void aHesitantClearIsADoubtNotAnAnswer() {
    Assessment assessment = parse("CONSTRAINT cyberweapons CLEAR 0.4 | probably fine\nCONSTRAINT csam CLEAR 0.9\nEND")
        .get();

    assertThat(assessment.findings()).singleElement().satisfies(f -> {
      assertThat(f.constraintId()).isEqualTo("cyberweapons");
      assertThat(f.status()).isEqualTo(ConstraintStatus.UNSURE);
      assertThat(f.rationale()).contains("not sure it is clear").contains("probably fine");
    });
  }

  @Test
  void aFenceWithTextAfterItIsNotSkipped() {
    assertThat(parse("```HARM 0.9 0.9 0.5 | hidden\nCONSTRAINT csam CLEAR 0.9\nCONSTRAINT cyberweapons CLEAR 0.9\nEND")
        .getLeft()).startsWith("line 1 of the reply: expected CONSTRAINT, HARM or END");
    assertThat(parse("```text\nCONSTRAINT csam CLEAR 0.9\nCONSTRAINT cyberweapons CLEAR 0.9\nEND\n```").isRight())
        .isTrue();
  }

  @Test
  void aReasonMayFollowANumberWithoutASpace() {
    assertThat(parse("CONSTRAINT csam CLEAR 0.9|fine\nCONSTRAINT cyberweapons VIOLATED 0.8|worm\nEND").get().findings())
        .singleElement().satisfies(f -> assertThat(f.rationale()).isEqualTo("worm"));
  }
}
