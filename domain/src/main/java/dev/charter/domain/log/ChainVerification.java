package dev.charter.domain.log;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of walking the decision log from its first entry: intact, or the first broken link
 * and what is wrong with it.
 */
@Value.Immutable
public abstract class ChainVerification {

  public abstract long entriesChecked();

  /** The sequence number of the first entry that does not fit the chain. */
  public abstract Optional<Long> firstBrokenSequence();

  public abstract Optional<String> problem();

  public boolean intact() {
    return firstBrokenSequence().isEmpty();
  }

  /** Walks the entries in the order stored; each must follow the one before it. */
  public static ChainVerification verify(Iterable<LogEntry> entries) {
    long expectedSequence = 1;
    String expectedPrevious = LogEntry.GENESIS;
    long checked = 0;
    for (LogEntry entry : entries) {
      if (entry.sequence() != expectedSequence) {
        return broken(checked, entry.sequence(), "expected entry " + expectedSequence + " here but found entry "
            + entry.sequence() + ": entries were deleted or reordered");
      }
      if (!entry.previousHash().equals(expectedPrevious)) {
        return broken(checked, entry.sequence(), "entry " + entry.sequence()
            + " does not commit to the entry before it: that entry was changed, deleted or reordered");
      }
      if (!entry.expectedHash().equals(entry.hash())) {
        return broken(checked, entry.sequence(), "entry " + entry.sequence()
            + " was changed after it was written: its content no longer matches its hash");
      }
      expectedPrevious = entry.hash();
      expectedSequence++;
      checked++;
    }
    return ImmutableChainVerification.builder().entriesChecked(checked).build();
  }

  private static ChainVerification broken(long checked, long sequence, String problem) {
    return ImmutableChainVerification.builder()
        .entriesChecked(checked)
        .firstBrokenSequence(sequence)
        .problem(problem)
        .build();
  }
}
