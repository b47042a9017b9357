package dev.charter.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SituationJsonProblemsTest {

  private static final String CONVERSATION = "\"conversation\": {\"id\": \"c\", \"messages\": [{\"role\": \"user\", \"text\": \"hi\"}]}";

  // Unknown fields

  @Test
  void anUnknownTopLevelFieldIsRejectedNamingTheExpectedFields() {
    assertThat(problems("{\"kind\": \"request\", " + CONVERSATION + ", \"situation\": {}}"))
        .containsExactly("situation: unknown field; expected one of kind, deployment, user, conversation, response, action");
  }

  @Test
  void aMisspeltDeploymentFieldIsRejectedNamingTheExpectedFields() {
    assertThat(problems("{\"kind\": \"request\", \"deployment\": {\"operatr\": {}}, " + CONVERSATION + "}"))
        .containsExactly("deployment.operatr: unknown field; expected one of id, operator");
  }

  @Test
  void unknownFieldsAreRejectedDeepInsideOperatorsMessagesAndEffects() {
    assertThat(problems("""
        {"kind": "action",
         "deployment": {"operator": {"id": "acme", "adjustments": [{"behavior": "b", "enabeld": true}]}},
         "conversation": {"id": "c", "messages": [{"role": "user", "text": "hi", "speaker": "me"}]},
         "action": {"tool": "t", "effects": {"reversible": true, "external": false, "undo": "no"}}}
        """)).containsExactly(
            "deployment.operator.adjustments[0].enabeld: unknown field; expected one of behavior, enabled",
            "deployment.operator.adjustments[0].enabled: missing required field",
            "conversation.messages[0].speaker: unknown field; expected one of role, text, name",
            "action.effects.undo: unknown field; expected one of reversible, external, scope");
  }

  @Test
  void anUnknownFieldWhoseNameIsNotPlainIsQuotedInThePath() {
    assertThat(problems("{\"kind\": \"request\", \"user\": {\"first name\": \"Ada\"}, " + CONVERSATION + "}"))
        .containsExactly("user[\"first name\"]: unknown field; expected one of id, adjustments");
  }

  @Test
  void aGrantWithAnUnknownFieldNamesTheOneExpectedField() {
    assertThat(problems("{\"kind\": \"request\", \"deployment\": {\"operator\": {\"id\": \"o\", "
        + "\"grants\": [{\"behavior\": \"b\", \"why\": \"x\"}]}}, " + CONVERSATION + "}"))
        .containsExactly("deployment.operator.grants[0].why: unknown field; expected behavior");
  }

  // Wrong types

  @Test
  void aStringWhereABooleanBelongsIsQuotedInTheProblem() {
    assertThat(problems("{\"kind\": \"request\", \"user\": {\"adjustments\": [{\"behavior\": \"b\", \"enabled\": \"yes\"}]}, "
        + CONVERSATION + "}"))
        .containsExactly("user.adjustments[0].enabled: expected true or false, got \"yes\"");
  }

  @Test
  void wrongTypesAreReportedWithWhatWasExpectedAndWhatWasFound() {
    assertThat(problems("""
        {"kind": 3,
         "deployment": {"id": 7, "operator": {"id": "o", "instructions": ["be nice"], "locks": {"behavior": "b"}}},
         "user": "ada",
         "conversation": {"id": "c", "messages": {"role": "user"}}}
        """)).containsExactly(
            "kind: expected one of request, response, action, got 3",
            "deployment.id: expected a non-empty string, got 7",
            "deployment.operator.instructions: expected a string, got an array",
            "deployment.operator.locks: expected an array, got an object",
            "user: expected an object, got \"ada\"",
            "conversation.messages: expected an array, got an object");
  }

  @Test
  void anUnknownKindOrRoleListsTheChoices() {
    assertThat(problems("""
        {"kind": "question",
         "conversation": {"id": "c", "messages": [{"role": "user", "text": "a"}, {"role": "assistant", "text": "b"},
                                                  {"role": "system", "text": "c"}]}}
        """)).containsExactly(
            "kind: expected one of request, response, action, got \"question\"",
            "conversation.messages[2].role: expected one of operator, user, assistant, tool, document, agent, got \"system\"");
  }

  @Test
  void aLongStringInAProblemIsShortened() {
    String kind = "x".repeat(100);
    assertThat(problems("{\"kind\": \"" + kind + "\", " + CONVERSATION + "}"))
        .containsExactly("kind: expected one of request, response, action, got \"" + "x".repeat(39) + "…\"");
  }

  @Test
  void aRequiredFieldGivenAsNullIsAWrongType() {
    assertThat(problems("{\"kind\": \"request\", \"conversation\": {\"id\": null, \"messages\": "
        + "[{\"role\": \"user\", \"text\": null}]}}"))
        .containsExactly(
            "conversation.id: expected a non-empty string, got null",
            "conversation.messages[0].text: expected a string, got null");
  }

  // Missing and empty

  @Test
  void missingKindAndConversationAreBothReported() {
    assertThat(problems("{}")).containsExactly(
        "kind: missing required field",
        "conversation: missing required field");
  }

  @Test
  void anOperatorWithoutAnIdIsRejected() {
    assertThat(problems("{\"kind\": \"request\", \"deployment\": {\"operator\": {\"instructions\": \"x\"}}, "
        + CONVERSATION + "}"))
        .containsExactly("deployment.operator.id: missing required field");
  }

  @Test
  void emptyOrBlankIdsAreRejected() {
    assertThat(problems("""
        {"kind": "action",
         "deployment": {"id": "", "operator": {"id": " "}},
         "user": {"id": "", "adjustments": [{"behavior": "", "enabled": true}]},
         "conversation": {"id": "", "messages": [{"role": "tool", "name": "", "text": "ok"}]},
         "action": {"tool": "", "effects": {"reversible": true, "external": false}}}
        """)).containsExactly(
            "deployment.id: must not be empty",
            "deployment.operator.id: must not be empty",
            "user.id: must not be empty",
            "user.adjustments[0].behavior: must not be empty",
            "conversation.id: must not be empty",
            "conversation.messages[0].name: must not be empty",
            "action.tool: must not be empty");
  }

  @Test
  void anActionThatDoesNotDeclareItsEffectsIsRejected() {
    assertThat(problems("{\"kind\": \"action\", \"conversation\": {\"id\": \"c\"}, \"action\": {\"tool\": \"send_email\"}}"))
        .containsExactly("action.effects: missing required field; an action must declare whether it is "
            + "reversible and whether it reaches outside the system");
  }

  @Test
  void effectsMustSayBothWhetherReversibleAndWhetherExternal() {
    assertThat(problems("{\"kind\": \"action\", \"conversation\": {\"id\": \"c\"}, "
        + "\"action\": {\"tool\": \"t\", \"effects\": {\"scope\": \"file\"}}}"))
        .containsExactly(
            "action.effects.reversible: missing required field",
            "action.effects.external: missing required field");
  }

  // Kind and its parts

  @Test
  void aResponseOnARequestIsRejected() {
    assertThat(problems("{\"kind\": \"request\", " + CONVERSATION + ", \"response\": {\"text\": \"x\"}}"))
        .containsExactly("response: only allowed when kind is \"response\", but kind is \"request\"");
  }

  @Test
  void aResponseSituationWithoutItsResponseIsRejected() {
    assertThat(problems("{\"kind\": \"response\", " + CONVERSATION + "}"))
        .containsExactly("response: missing required field; a situation of kind \"response\" carries the draft "
            + "response to judge");
  }

  @Test
  void anActionOnAResponseIsRejectedAndAnActionSituationNeedsItsAction() {
    assertThat(problems("{\"kind\": \"response\", " + CONVERSATION + ", \"response\": {\"text\": \"x\"}, "
        + "\"action\": {\"tool\": \"t\", \"effects\": {\"reversible\": true, \"external\": true}}}"))
        .containsExactly("action: only allowed when kind is \"action\", but kind is \"response\"");
    assertThat(problems("{\"kind\": \"action\", " + CONVERSATION + "}"))
        .containsExactly("action: missing required field; a situation of kind \"action\" carries the proposed "
            + "action to judge");
  }

  @Test
  void aMisplacedPartIsStillCheckedInside() {
    assertThat(problems("{\"kind\": \"request\", " + CONVERSATION + ", \"response\": {\"txt\": \"x\"}}"))
        .containsExactly(
            "response: only allowed when kind is \"response\", but kind is \"request\"",
            "response.txt: unknown field; expected text",
            "response.text: missing required field");
  }

  // Requests need a user message

  @Test
  void aRequestWithoutAUserMessageIsRejectedNamingTheRolesFound() {
    assertThat(problems("""
        {"kind": "request", "conversation": {"id": "c", "messages": [
          {"role": "operator", "text": "be brief"}, {"role": "assistant", "text": "ok"},
          {"role": "tool", "name": "search", "text": "results"}]}}
        """)).containsExactly("conversation.messages: a request needs at least one message with role \"user\"; "
            + "found only operator, assistant, tool");
  }

  @Test
  void aRequestWithNoMessagesIsRejected() {
    assertThat(problems("{\"kind\": \"request\", \"conversation\": {\"id\": \"c\", \"messages\": []}}"))
        .containsExactly("conversation.messages: a request needs at least one message with role \"user\"; the array is empty");
    assertThat(problems("{\"kind\": \"request\", \"conversation\": {\"id\": \"c\"}}"))
        .containsExactly("conversation.messages: missing required field; a request needs at least one message with "
            + "role \"user\"");
  }

  @Test
  void aMisspeltRoleIsReportedOnceNotAlsoAsAMissingUserMessage() {
    assertThat(problems("{\"kind\": \"request\", \"conversation\": {\"id\": \"c\", \"messages\": "
        + "[{\"role\": \"usr\", \"text\": \"hi\"}]}}"))
        .containsExactly("conversation.messages[0].role: expected one of operator, user, assistant, tool, document, "
            + "agent, got \"usr\"");
  }

  // Arguments

  @Test
  void argumentsMustBeAnObjectAndMayNotHoldNullInsideArrays() {
    assertThat(problems("{\"kind\": \"action\", \"conversation\": {\"id\": \"c\"}, \"action\": {\"tool\": \"t\", "
        + "\"arguments\": [1], \"effects\": {\"reversible\": true, \"external\": false}}}"))
        .containsExactly("action.arguments: expected an object, got an array");
    assertThat(problems("{\"kind\": \"action\", \"conversation\": {\"id\": \"c\"}, \"action\": {\"tool\": \"t\", "
        + "\"arguments\": {\"to\": [\"a\", null]}, \"effects\": {\"reversible\": true, \"external\": false}}}"))
        .containsExactly("action.arguments.to[1]: null is not allowed inside an array of arguments; remove the "
            + "element or give it a value");
  }

  // Not a situation at all

  @Test
  void aTopLevelValueThatIsNotAnObjectIsRejected() {
    assertThat(problems("[{\"kind\": \"request\"}]"))
        .containsExactly("expected a JSON object describing a situation, got an array");
    assertThat(problems("\"request\""))
        .containsExactly("expected a JSON object describing a situation, got \"request\"");
    assertThat(problems("   "))
        .containsExactly("expected a JSON object describing a situation, got nothing");
  }

  @Test
  void malformedJsonIsReportedByLineAndColumn() {
    Seq<Problem> problems = SituationJson.read("""
        {
          "kind": "request",
          "conversation": {"id": "c" "messages": []}
        }
        """).getError();

    assertThat(problems).hasSize(1);
    assertThat(problems.head().where()).isEqualTo("line 3, column 30");
    assertThat(problems.head().what()).startsWith("unexpected character ('\"'): was expecting comma");
  }

  @Test
  void anUnterminatedDocumentIsReportedWithoutParserInternals() {
    Problem problem = SituationJson.read("{\n  \"kind\": \"request\"\n").getError().single();

    assertThat(problem.where()).isEqualTo("line 3, column 1");
    assertThat(problem.what()).isEqualTo(
        "unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)");
  }

  @Test
  void commentsAreNotJson() {
    assertThat(problems("{\"kind\": \"request\", // the kind\n}"))
        .containsExactly("line 1, column 21: unexpected character ('/'): comments are not allowed in JSON");
  }

  @Test
  void aDocumentNestedTooDeeplyIsRejectedWithItsPlace() {
    assertThat(problems("[".repeat(1001)))
        .containsExactly("line 1, column 1001: document nesting depth (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void aNumberTooLargeForAnArgumentIsRejected() {
    assertThat(problems("{\"kind\": \"action\", \"conversation\": {\"id\": \"c\"}, \"action\": {\"tool\": \"t\", "
        + "\"arguments\": {\"n\": 1e999}, \"effects\": {\"reversible\": true, \"external\": false}}}"))
        .containsExactly("action.arguments.n: number is too large to represent");
  }

  @Test
  void aDuplicateKeyIsAnError() {
    Problem problem = SituationJson.read("{\"kind\": \"request\",\n \"kind\": \"action\"}").getError().single();

    assertThat(problem.where()).isEqualTo("line 2, column 8");
    assertThat(problem.what()).isEqualTo("duplicate field 'kind'");
  }

  @Test
  void contentAfterTheDocumentIsAnError() {
    Problem problem = SituationJson.read("{\"kind\": \"request\", " + CONVERSATION + "}\n{}").getError().single();

    assertThat(problem.toString()).isEqualTo(
        "line 2, column 1: unexpected content after the end of the JSON value; a document holds exactly one value");
  }

  // All at once

  @Test
  void everyProblemInADocumentIsReportedTogetherObjectByObject() {
    assertThat(problems("""
        {"kind": "response",
         "deployment": {"operatr": {"id": "acme"}},
         "user": {"id": "", "adjustments": [{"behavior": "b", "enabled": "yes"}]},
         "conversation": {"messages": [{"role": "robot", "text": "hi"}]},
         "action": {"tool": "t", "effects": {"reversible": true}}}
        """)).containsExactly(
            "deployment.operatr: unknown field; expected one of id, operator",
            "user.id: must not be empty",
            "user.adjustments[0].enabled: expected true or false, got \"yes\"",
            "conversation.id: missing required field",
            "conversation.messages[0].role: expected one of operator, user, assistant, tool, document, agent, got \"robot\"",
            "response: missing required field; a situation of kind \"response\" carries the draft response to judge",
            "action: only allowed when kind is \"action\", but kind is \"response\"",
            "action.effects.external: missing required field");
  }

  static List<String> problems(String json) {
    Validation<Seq<Problem>, Situation> read = SituationJson.read(json);
    assertThat(read.isInvalid()).as("expected problems, read %s", read).isTrue();
    return read.getError().map(Problem::toString).toJavaList();
  }
}
