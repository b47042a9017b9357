package dev.charter.interchange.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.domain.policy.Adjustment;
import dev.charter.domain.situation.Deployment;
import dev.charter.domain.situation.Message;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.ProposedAction;
import dev.charter.domain.situation.Situation;
import java.util.List;

/** Writes a situation in the form {@link SituationReader} reads, every default spelled out. */
final class SituationWriter {

  private SituationWriter() {}

  static ObjectNode tree(Situation situation) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("kind", situation.kind().id());
    deployment(o.putObject("deployment"), situation.deployment());
    ObjectNode user = o.putObject("user");
    user.put("id", situation.user().id());
    adjustments(user.putArray("adjustments"), situation.user().adjustments());
    ObjectNode conversation = o.putObject("conversation");
    conversation.put("id", situation.conversation().id());
    ArrayNode messages = conversation.putArray("messages");
    for (Message message : situation.conversation().messages()) {
      ObjectNode m = messages.addObject();
      m.put("role", message.speaker().id());
      m.put("text", message.text());
      message.name().ifPresent(name -> m.put("name", name));
    }
    situation.response().ifPresent(text -> o.putObject("response").put("text", text));
    situation.action().ifPresent(action -> action(o.putObject("action"), action));
    return o;
  }

  private static void deployment(ObjectNode o, Deployment deployment) {
    o.put("id", deployment.id());
    deployment.operator().ifPresent(operator -> operator(o.putObject("operator"), operator));
  }

  private static void operator(ObjectNode o, OperatorSettings operator) {
    o.put("id", operator.id());
    o.put("instructions", operator.instructions());
    adjustments(o.putArray("adjustments"), operator.adjustments());
    behaviors(o.putArray("grants"), operator.grants());
    behaviors(o.putArray("locks"), operator.locks());
  }

  private static void adjustments(ArrayNode array, List<Adjustment> adjustments) {
    for (Adjustment adjustment : adjustments) {
      array.addObject().put("behavior", adjustment.behavior()).put("enabled", adjustment.enabled());
    }
  }

  private static void behaviors(ArrayNode array, List<String> behaviors) {
    behaviors.forEach(behavior -> array.addObject().put("behavior", behavior));
  }

  private static void action(ObjectNode o, ProposedAction action) {
    o.put("tool", action.tool());
    o.set("arguments", PlainValues.write(action.arguments()));
    o.putObject("effects")
        .put("reversible", action.effects().reversible())
        .put("external", action.effects().external())
        .put("scope", action.effects().scope());
    o.put("authorizedByOperator", action.authorizedByOperator());
  }
}
