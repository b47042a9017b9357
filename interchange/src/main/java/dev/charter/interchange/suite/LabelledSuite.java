package dev.charter.interchange.suite;

import dev.charter.domain.evaluation.LabelledItem;
import java.util.List;

/**
 * A suite as read: what it was, its items after the options narrowed it, and what was left out.
 *
 * @param source the file as the user named it
 * @param format the format it was read as
 * @param items the items to judge, in file order
 * @param read how many items the file holds
 * @param excluded how many of them the options left out
 * @param notes things worth telling that are not problems, such as an excluded category no item has
 */
public record LabelledSuite(String source, SuiteFormat format, List<LabelledItem> items, int read, int excluded,
    List<String> notes) {

  public LabelledSuite {
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }
}
