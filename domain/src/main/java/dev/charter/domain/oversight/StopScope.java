package dev.charter.domain.oversight;

import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import io.vavr.control.Either;
import org.immutables.value.Value;

/**
 * What a stop order covers: {@code all}, {@code deployment:ID}, {@code conversation:ID} or
 * {@code tool:NAME} (every proposed action that calls that tool).
 */
@Value.Immutable
public abstract class StopScope {

  /** The kinds of scope, by the prefix written before the colon. */
  public enum Kind {
    ALL, DEPLOYMENT, CONVERSATION, TOOL;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Value.Parameter
  public abstract Kind kind();

  /** The id or tool name; empty for {@code all}. */
  @Value.Parameter
  public abstract String target();

  public static StopScope all() {
    return ImmutableStopScope.of(Kind.ALL, "");
  }

  public static StopScope of(Kind kind, String target) {
    return ImmutableStopScope.of(kind, target);
  }

  /** Parses the written form, e.g. {@code conversation:c-42}. */
  public static Either<Problem, StopScope> parse(String text) {
    String written = text == null ? "" : text.trim();
    if (written.equals("all")) {
      return Either.right(all());
    }
    int colon = written.indexOf(':');
    if (colon > 0 && colon < written.length() - 1) {
      String prefix = written.substring(0, colon);
      String target = written.substring(colon + 1);
      for (Kind kind : Kind.values()) {
        if (kind != Kind.ALL && kind.id().equals(prefix)) {
          return Either.right(of(kind, target));
        }
      }
    }
    return Either.left(Problem.of("scope", "'" + written
        + "' is not a stop scope; use all, deployment:ID, conversation:ID or tool:NAME"));
  }

  /** Whether a situation falls under this scope. */
  public boolean covers(Situation situation) {
    switch (kind()) {
      case ALL:
        return true;
      case DEPLOYMENT:
        return situation.deployment().id().equals(target());
      case CONVERSATION:
        return situation.conversation().id().equals(target());
      case TOOL:
        return situation.action().map(a -> a.tool().equals(target())).orElse(false);
      default:
        throw new IllegalStateException("unhandled scope " + kind());
    }
  }

  @Override
  public String toString() {
    return kind() == Kind.ALL ? "all" : kind().id() + ":" + target();
  }
}
