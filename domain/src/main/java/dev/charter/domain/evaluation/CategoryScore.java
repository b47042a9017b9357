package dev.charter.domain.evaluation;

import org.immutables.value.Value;

/** How one category of a suite fared: its items and the share misjudged. */
@Value.Immutable
public abstract class CategoryScore {

  @Value.Parameter
  public abstract String category();

  @Value.Parameter
  public abstract int count();

  /** Items whose verdict is not the outcome their label asks for. */
  @Value.Parameter
  public abstract int errors();

  @Value.Check
  protected void check() {
    if (count() < 1 || errors() < 0 || errors() > count()) {
      throw new IllegalStateException("a category has at least one item and at most as many errors as items");
    }
  }

  /** errors / count. */
  public double errorRate() {
    return (double) errors() / count();
  }

  public static CategoryScore of(String category, int count, int errors) {
    return ImmutableCategoryScore.of(category, count, errors);
  }
}
