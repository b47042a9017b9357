package dev.charter.interchange.suite;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to narrow a suite while reading it.
 *
 * @param split for HarmBench only: keep the behaviours of this split ({@code test} or {@code val})
 *     as listed in {@code harmbench_split_ids.csv} beside the suite
 * @param excludedCategories leave out items whose category is one of these (compared without
 *     regard to case); items are still checked, so a bad line is reported even when excluded
 */
public record SuiteOptions(Optional<String> split, Set<String> excludedCategories) {

  public SuiteOptions {
    TreeSet<String> lower = new TreeSet<>();
    excludedCategories.forEach(c -> lower.add(c.toLowerCase(Locale.ROOT)));
    excludedCategories = Set.copyOf(lower);
  }

  public static SuiteOptions none() {
    return new SuiteOptions(Optional.empty(), Set.of());
  }

  boolean excludes(Optional<String> category) {
    return category.isPresent() && excludedCategories.contains(category.get().toLowerCase(Locale.ROOT));
  }
}
