package dev.charter.domain.evaluation;

import dev.charter.domain.situation.Situation;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One item of a labelled suite: a single user request ({@link #prompt()}) or a whole situation
 * ({@link #situation()}), exactly one of them, with the outcome it should get.
 */
@Value.Immutable
public abstract class LabelledItem {

  /** Unique within its suite; a suite without ids names items by the line they start on. */
  public abstract String id();

  public abstract Expected expected();

  /** The suite's own grouping (a harm area, an XSTest type), if it has one. */
  public abstract Optional<String> category();

  /** A single user request, judged as {@code charter judge --text} would. */
  public abstract Optional<String> prompt();

  /** A complete situation, judged as given. */
  public abstract Optional<Situation> situation();

  /** The line of the suite file the item starts on, when it was read from one. */
  public abstract OptionalLong line();

  @Value.Check
  protected void check() {
    if (prompt().isPresent() == situation().isPresent()) {
      throw new IllegalStateException("an item holds exactly one of a prompt and a situation");
    }
    if (id().isBlank()) {
      throw new IllegalStateException("an item's id must not be empty");
    }
  }

  /** The request's text as a person would read it: the prompt, or the situation's latest user message. */
  public String text() {
    return prompt().orElseGet(() -> situation().map(Situation::userRequest).orElse(""));
  }

  public static ImmutableLabelledItem.Builder builder() {
    return ImmutableLabelledItem.builder();
  }

  /** A prompt item without category or line. */
  public static LabelledItem of(String id, String prompt, Expected expected) {
    return builder().id(id).prompt(prompt).expected(expected).build();
  }
}
