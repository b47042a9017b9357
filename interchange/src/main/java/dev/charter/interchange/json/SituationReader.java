package dev.charter.interchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.domain.policy.Adjustment;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.ActionEffects;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Deployment;
import dev.charter.domain.situation.Message;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.ProposedAction;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import dev.charter.domain.policy.UserSettings;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Walks a parsed situation document, field by field, into a {@link Situation}. Every problem in
 * the document is recorded; the situation is built only when there are none. One reader reads one
 * document.
 */
final class SituationReader {

  private static final List<String> SITUATION =
      List.of("kind", "deployment", "user", "conversation", "response", "action");
  private static final List<String> DEPLOYMENT = List.of("id", "operator");
  private static final List<String> OPERATOR = List.of("id", "instructions", "adjustments", "grants", "locks");
  private static final List<String> USER = List.of("id", "adjustments");
  private static final List<String> ADJUSTMENT = List.of("behavior", "enabled");
  private static final List<String> BEHAVIOR = List.of("behavior");
  private static final List<String> CONVERSATION = List.of("id", "messages");
  private static final List<String> MESSAGE = List.of("role", "text", "name");
  private static final List<String> RESPONSE = List.of("text");
  private static final List<String> ACTION = List.of("tool", "arguments", "effects", "authorizedByOperator");
  private static final List<String> EFFECTS = List.of("reversible", "external", "scope");

  private static final List<String> KINDS = Arrays.stream(SituationKind.values())
      .map(SituationKind::id).collect(Collectors.toUnmodifiableList());
  private static final List<String> ROLES = Arrays.stream(Speaker.values())
      .map(Speaker::id).collect(Collectors.toUnmodifiableList());
  private static final String NEEDS_USER = "a request needs at least one message with role \"user\"";

  private final TreeReader in = new TreeReader();

  private SituationReader() {}

  static Validation<Seq<Problem>, Situation> read(JsonNode root) {
    SituationReader reader = new SituationReader();
    Optional<Situation> situation = reader.situation(root);
    return reader.in.clean()
        ? Validation.valid(situation.orElseThrow())
        : Validation.invalid(io.vavr.collection.List.ofAll(reader.in.problems()));
  }

  private Optional<Situation> situation(JsonNode root) {
    if (!root.isObject()) {
      in.problem("", "expected a JSON object describing a situation, got " + TreeReader.describe(root));
      return Optional.empty();
    }
    ObjectNode o = in.object(root, "", SITUATION).orElseThrow();
    Optional<SituationKind> kind = in.required(o, "", "kind",
        (node, at) -> in.oneOf(node, at, KINDS, id -> SituationKind.fromId(id).toJavaOptional()));
    Optional<Deployment> deployment = in.optional(o, "", "deployment", Deployment.builder().build(), this::deployment);
    Optional<UserSettings> user = in.optional(o, "", "user", UserSettings.anonymous(), this::user);
    Optional<Conversation> conversation = in.required(o, "", "conversation",
        (node, at) -> conversation(node, at, kind));
    Optional<String> response = attachment(o, kind, "response", SituationKind.RESPONSE,
        "a situation of kind \"response\" carries the draft response to judge", this::response);
    Optional<ProposedAction> action = attachment(o, kind, "action", SituationKind.ACTION,
        "a situation of kind \"action\" carries the proposed action to judge", this::action);
    if (!in.clean()) {
      return Optional.empty();
    }
    return Optional.of(Situation.builder()
        .kind(kind.orElseThrow())
        .deployment(deployment.orElseThrow())
        .user(user.orElseThrow())
        .conversation(conversation.orElseThrow())
        .response(response)
        .action(action)
        .build());
  }

  /** A part present exactly when the situation is of {@code owner}'s kind; read either way, so its own problems show. */
  private <T> Optional<T> attachment(ObjectNode o, Optional<SituationKind> kind, String name, SituationKind owner,
      String hint, TreeReader.Read<T> read) {
    Optional<JsonNode> node = in.member(o, name);
    kind.ifPresent(k -> {
      if (k == owner && node.isEmpty()) {
        in.problem(name, "missing required field; " + hint);
      } else if (k != owner && node.isPresent()) {
        in.problem(name, "only allowed when kind is \"" + owner.id() + "\", but kind is \"" + k.id() + "\"");
      }
    });
    return node.flatMap(n -> read.read(n, name));
  }

  private Optional<Deployment> deployment(JsonNode node, String path) {
    return in.object(node, path, DEPLOYMENT).flatMap(o -> {
      Optional<String> id = in.optional(o, path, "id", "default", in::id);
      Optional<OperatorSettings> operator = in.member(o, "operator")
          .flatMap(n -> operator(n, JsonPath.field(path, "operator")));
      return id.map(i -> Deployment.builder().id(i).operator(operator).build());
    });
  }

  private Optional<OperatorSettings> operator(JsonNode node, String path) {
    return in.object(node, path, OPERATOR).flatMap(o -> {
      Optional<String> id = in.required(o, path, "id", in::id);
      Optional<String> instructions = in.optional(o, path, "instructions", "", in::string);
      Optional<List<Adjustment>> adjustments = in.optional(o, path, "adjustments", List.of(), this::adjustments);
      Optional<List<String>> grants = in.optional(o, path, "grants", List.of(), this::behaviors);
      Optional<List<String>> locks = in.optional(o, path, "locks", List.of(), this::behaviors);
      if (id.isEmpty() || instructions.isEmpty() || adjustments.isEmpty() || grants.isEmpty() || locks.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(OperatorSettings.builder()
          .id(id.get())
          .instructions(instructions.get())
          .adjustments(adjustments.get())
          .grants(grants.get())
          .locks(locks.get())
          .build());
    });
  }

  private Optional<UserSettings> user(JsonNode node, String path) {
    return in.object(node, path, USER).flatMap(o -> {
      Optional<String> id = in.optional(o, path, "id", "anonymous", in::id);
      Optional<List<Adjustment>> adjustments = in.optional(o, path, "adjustments", List.of(), this::adjustments);
      return id.flatMap(i -> adjustments.map(a -> UserSettings.builder().id(i).adjustments(a).build()));
    });
  }

  private Optional<List<Adjustment>> adjustments(JsonNode node, String path) {
    return in.list(node, path, (element, at) -> in.object(element, at, ADJUSTMENT).flatMap(o -> {
      Optional<String> behavior = in.required(o, at, "behavior", in::id);
      Optional<Boolean> enabled = in.required(o, at, "enabled", in::bool);
      return behavior.flatMap(b -> enabled.map(e -> Adjustment.of(b, e)));
    }));
  }

  /** Grants and locks: objects naming one behaviour each. */
  private Optional<List<String>> behaviors(JsonNode node, String path) {
    return in.list(node, path, (element, at) -> in.object(element, at, BEHAVIOR)
        .flatMap(o -> in.required(o, at, "behavior", in::id)));
  }

  private Optional<Conversation> conversation(JsonNode node, String path, Optional<SituationKind> kind) {
    return in.object(node, path, CONVERSATION).flatMap(o -> {
      Optional<String> id = in.required(o, path, "id", in::id);
      boolean request = kind.filter(k -> k == SituationKind.REQUEST).isPresent();
      Optional<List<Message>> messages = request
          ? in.required(o, path, "messages", NEEDS_USER, this::messages)
          : in.optional(o, path, "messages", List.of(), this::messages);
      if (request) {
        in.member(o, "messages").ifPresent(m -> requireUserMessage(m, JsonPath.field(path, "messages")));
      }
      return id.flatMap(i -> messages.map(m -> Conversation.builder().id(i).messages(m).build()));
    });
  }

  private Optional<List<Message>> messages(JsonNode node, String path) {
    return in.list(node, path, (element, at) -> in.object(element, at, MESSAGE).flatMap(o -> {
      Optional<Speaker> role = in.required(o, at, "role",
          (n, p) -> in.oneOf(n, p, ROLES, id -> Speaker.fromId(id).toJavaOptional()));
      Optional<String> text = in.required(o, at, "text", in::string);
      Optional<Optional<String>> name = in.member(o, "name")
          .map(n -> in.id(n, JsonPath.field(at, "name")).map(Optional::of))
          .orElse(Optional.of(Optional.empty()));
      if (role.isEmpty() || text.isEmpty() || name.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Message.builder().speaker(role.get()).text(text.get()).name(name.get()).build());
    }));
  }

  /**
   * A request is judged by its latest user message, so it must have one. Checked on the raw array,
   * and only when every role is readable: a misspelt role is reported as that, not twice.
   */
  private void requireUserMessage(JsonNode messages, String path) {
    if (!messages.isArray()) {
      return;
    }
    if (messages.isEmpty()) {
      in.problem(path, NEEDS_USER + "; the array is empty");
      return;
    }
    List<String> roles = new java.util.ArrayList<>();
    for (JsonNode message : messages) {
      JsonNode role = message.path("role");
      if (!role.isTextual() || Speaker.fromId(role.textValue()).isEmpty()) {
        return;
      }
      roles.add(role.textValue());
    }
    if (!roles.contains(Speaker.USER.id())) {
      in.problem(path, NEEDS_USER + "; found only " + roles.stream().distinct().collect(Collectors.joining(", ")));
    }
  }

  private Optional<String> response(JsonNode node, String path) {
    return in.object(node, path, RESPONSE).flatMap(o -> in.required(o, path, "text", in::string));
  }

  private Optional<ProposedAction> action(JsonNode node, String path) {
    return in.object(node, path, ACTION).flatMap(o -> {
      Optional<String> tool = in.required(o, path, "tool", in::id);
      Optional<Map<String, Object>> arguments = in.optional(o, path, "arguments", Map.of(),
          (n, at) -> PlainValues.readObject(in, n, at));
      Optional<ActionEffects> effects = in.required(o, path, "effects",
          "an action must declare whether it is reversible and whether it reaches outside the system",
          this::effects);
      Optional<Boolean> authorized = in.optional(o, path, "authorizedByOperator", false, in::bool);
      if (tool.isEmpty() || arguments.isEmpty() || effects.isEmpty() || authorized.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(ProposedAction.builder()
          .tool(tool.get())
          .arguments(arguments.get())
          .effects(effects.get())
          .authorizedByOperator(authorized.get())
          .build());
    });
  }

  private Optional<ActionEffects> effects(JsonNode node, String path) {
    return in.object(node, path, EFFECTS).flatMap(o -> {
      Optional<Boolean> reversible = in.required(o, path, "reversible", in::bool);
      Optional<Boolean> external = in.required(o, path, "external", in::bool);
      Optional<String> scope = in.optional(o, path, "scope", "", in::string);
      if (reversible.isEmpty() || external.isEmpty() || scope.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(ActionEffects.builder()
          .reversible(reversible.get())
          .external(external.get())
          .scope(scope.get())
          .build());
    });
  }
}
