package dev.charter.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.application.port.out.DecisionLog;
import dev.charter.domain.log.ChainVerification;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link DecisionLog} must do, as tests. Each adapter of the port, ours and yours,
 * extends this class; a store that passes it keeps a chain that {@link ChainVerification} can trust.
 *
 * <p>To check your own adapter, extend this class in your test sources and return a new, empty log
 * from {@link #newLog()} (a fresh database, schema or directory per call; JUnit creates a new test
 * instance per test, so fields set up with {@code @TempDir} or {@code @BeforeEach} are safe to use).
 * If your store outlives the object that wrote to it, also override {@link #reopen()} so the
 * durability test runs; it is skipped otherwise. Release what you opened in an {@code @AfterEach}.
 *
 * <pre>{@code
 * class MyDecisionLogTest extends DecisionLogContract {
 *   @TempDir Path dir;
 *
 *   @Override
 *   protected DecisionLog newLog() {
 *     return new MyDecisionLog(dir);
 *   }
 *
 *   @Override
 *   protected Optional<Supplier<DecisionLog>> reopen() {
 *     return Optional.of(() -> new MyDecisionLog(dir));
 *   }
 * }
 * }</pre>
 */
public abstract class DecisionLogContract {

  private static final Instant START = Instant.parse("2025-03-01T09:30:00.123456789Z");

  /** A new log with no entries. Called once per test, before anything else touches the store. */
  protected abstract DecisionLog newLog();

  /**
   * How to open the store last returned by {@link #newLog()} again, as a process started later
   * would; close the earlier instance first if that is when your store makes its writes durable.
   * Empty, the default, for a store that lives and dies with its instance.
   */
  protected Optional<Supplier<DecisionLog>> reopen() {
    return Optional.empty();
  }

  @Test
  void anEmptyLogHasNoEntriesAndVerifiesIntact() {
    DecisionLog log = newLog();

    assertThat(log.entries()).isEmpty();
    assertThat(log.last(5)).isEmpty();
    ChainVerification verification = ChainVerification.verify(log.entries());
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isZero();
  }

  @Test
  void entriesAreNumberedFromOneAndEachCommitsToTheHashBeforeIt() {
    DecisionLog log = newLog();

    List<LogEntry> appended = appendEntries(log, 0, 4);

    assertThat(appended).extracting(LogEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(appended.get(0).previousHash()).isEqualTo(LogEntry.GENESIS);
    for (int i = 1; i < appended.size(); i++) {
      assertThat(appended.get(i).previousHash()).isEqualTo(appended.get(i - 1).hash());
    }
    assertThat(appended).allSatisfy(entry -> assertThat(entry.hash()).isEqualTo(entry.expectedHash()));
    ChainVerification verification = ChainVerification.verify(log.entries());
    assertThat(verification.intact()).as(verification.problem().orElse("intact")).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(4);
  }

  @Test
  void appendReturnsTheEntryWithTheFieldsItWasGiven() {
    DecisionLog log = newLog();

    LogEntry entry = log.append(EntryKind.STOP, "conversation:c-17", START, "customer reported abuse",
        "{\"action\":\"stop\",\"scope\":\"conversation:c-17\"}");

    assertThat(entry.kind()).isEqualTo(EntryKind.STOP);
    assertThat(entry.subject()).isEqualTo("conversation:c-17");
    assertThat(entry.recordedAt()).isEqualTo(START);
    assertThat(entry.summary()).isEqualTo("customer reported abuse");
    assertThat(entry.payload()).isEqualTo("{\"action\":\"stop\",\"scope\":\"conversation:c-17\"}");
  }

  @Test
  void entriesReturnsExactlyWhatWasAppendedInOrder() {
    DecisionLog log = newLog();

    List<LogEntry> appended = appendEntries(log, 0, 12);

    assertThat(log.entries()).containsExactlyElementsOf(appended);
  }

  @Test
  void entriesCanBeReadAgainAndEachReadStartsAtTheFirstEntry() {
    DecisionLog log = newLog();
    List<LogEntry> appended = appendEntries(log, 0, 3);

    Iterable<LogEntry> entries = log.entries();

    assertThat(entries).containsExactlyElementsOf(appended);
    assertThat(entries).containsExactlyElementsOf(appended);
  }

  @Test
  void textAndInstantsComeBackExactlySoTheHashStillMatches() {
    DecisionLog log = newLog();
    String payload = "{\"message\":\"Grüße, 你好, emoji \uD83D\uDE80, quote \\\" and backslash \\\\\",\n"
        + "\"tab\":\"\t\",\"long\":\"" + "x".repeat(20_000) + "\"}";
    List<LogEntry> appended = new ArrayList<>();
    appended.add(log.append(EntryKind.JUDGMENT, "j-ü-1", Instant.parse("2025-03-01T09:30:00Z"),
        "decline — über the line", payload));
    appended.add(log.append(EntryKind.JUDGMENT, "j-2", Instant.parse("2025-03-01T09:30:00.100Z"), "ok", "{}"));
    appended.add(log.append(EntryKind.RESUME, "all", Instant.parse("1999-12-31T23:59:59.999999999Z"),
        "lifted by ops\r\nsecond line", "{\"x\":null}"));
    appended.add(log.append(EntryKind.STOP, "tool:shell", Instant.EPOCH, "", ""));

    assertThat(log.entries()).containsExactlyElementsOf(appended);
    assertThat(log.entries()).allSatisfy(entry -> assertThat(entry.hash()).isEqualTo(entry.expectedHash()));
    assertThat(ChainVerification.verify(log.entries()).intact()).isTrue();
  }

  @Test
  void lastReturnsTheNewestEntriesOldestFirst() {
    DecisionLog log = newLog();
    List<LogEntry> appended = appendEntries(log, 0, 10);

    assertThat(log.last(3)).containsExactlyElementsOf(appended.subList(7, 10));
    assertThat(log.last(1)).containsExactly(appended.get(9));
  }

  @Test
  void lastReturnsEveryEntryWhenFewerThanAskedForExist() {
    DecisionLog log = newLog();
    List<LogEntry> appended = appendEntries(log, 0, 2);

    assertThat(log.last(5)).containsExactlyElementsOf(appended);
    assertThat(log.last(2)).containsExactlyElementsOf(appended);
  }

  @Test
  void lastOfZeroIsEmpty() {
    DecisionLog log = newLog();
    appendEntries(log, 0, 2);

    assertThat(log.last(0)).isEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentAppendsFromEightThreadsLeaveAnIntactChainOfFourHundred() throws Exception {
    DecisionLog log = newLog();
    int threads = 8;
    int perThread = 50;

    List<LogEntry> returned = Concurrently.run(threads, thread -> () -> {
      List<LogEntry> mine = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        mine.add(log.append(EntryKind.JUDGMENT, "t" + thread + "-j" + i, START.plusMillis(i), "allow",
            "{\"thread\":" + thread + ",\"i\":" + i + "}"));
      }
      return mine;
    });

    List<LogEntry> stored = list(log.entries());
    assertThat(stored).hasSize(threads * perThread);
    ChainVerification verification = ChainVerification.verify(stored);
    assertThat(verification.intact()).as(verification.problem().orElse("intact")).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(threads * perThread);
    assertThat(returned).extracting(LogEntry::sequence)
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed()
            .collect(Collectors.toList()));
    assertThat(stored).containsExactlyInAnyOrderElementsOf(returned);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void readersDuringConcurrentAppendsAlwaysSeeAnUnbrokenChain() throws Exception {
    DecisionLog log = newLog();
    int writers = 4;
    int perWriter = 40;
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService readerThread = Executors.newSingleThreadExecutor();
    try {
      Future<List<String>> reader = readerThread.submit(() -> {
        List<String> problems = new ArrayList<>();
        int reads = 0;
        while (writing.get() || reads == 0) {
          ChainVerification whole = ChainVerification.verify(log.entries());
          if (!whole.intact()) {
            problems.add("entries(): " + whole.problem().orElseThrow());
          }
          problemInTail(log.last(7)).ifPresent(problem -> problems.add("last(7): " + problem));
          reads++;
        }
        return problems;
      });

      Concurrently.run(writers, writer -> () -> {
        for (int i = 0; i < perWriter; i++) {
          log.append(EntryKind.JUDGMENT, "w" + writer + "-" + i, START, "allow", "{}");
        }
        return List.of();
      });
      writing.set(false);

      assertThat(reader.get()).isEmpty();
      assertThat(ChainVerification.verify(log.entries()).entriesChecked()).isEqualTo(writers * perWriter);
    } finally {
      writing.set(false);
      readerThread.shutdownNow();
    }
  }

  @Test
  void appendedEntriesSurviveReopeningWithTheChainIntact() {
    Optional<Supplier<DecisionLog>> reopen = reopen();
    assumeTrue(reopen.isPresent(), "this store does not outlive its instance");
    DecisionLog log = newLog();
    List<LogEntry> appended = appendEntries(log, 0, 5);

    DecisionLog reopened = reopen.get().get();

    assertThat(reopened.entries()).containsExactlyElementsOf(appended);
    assertThat(reopened.last(2)).containsExactlyElementsOf(appended.subList(3, 5));
    LogEntry next = reopened.append(EntryKind.RESUME, "all", START, "lifted by ops", "{}");
    assertThat(next.sequence()).isEqualTo(6);
    assertThat(next.previousHash()).isEqualTo(appended.get(4).hash());
    ChainVerification verification = ChainVerification.verify(reopened.entries());
    assertThat(verification.intact()).as(verification.problem().orElse("intact")).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(6);
  }

  /** Appends {@code count} entries of every kind, numbered from {@code from} in their subjects. */
  private static List<LogEntry> appendEntries(DecisionLog log, int from, int count) {
    EntryKind[] kinds = EntryKind.values();
    List<LogEntry> appended = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      appended.add(log.append(kinds[i % kinds.length], "subject-" + i, START.plusSeconds(i), "summary " + i,
          "{\"n\":" + i + ",\"text\":\"entry " + i + "\"}"));
    }
    return appended;
  }

  /** What is wrong with a run of entries taken from the end of the log, if anything. */
  private static Optional<String> problemInTail(List<LogEntry> tail) {
    if (tail.size() > 7) {
      return Optional.of("returned " + tail.size() + " entries");
    }
    for (int i = 0; i < tail.size(); i++) {
      LogEntry entry = tail.get(i);
      if (!entry.hash().equals(entry.expectedHash())) {
        return Optional.of("entry " + entry.sequence() + " does not match its hash");
      }
      if (i > 0 && (entry.sequence() != tail.get(i - 1).sequence() + 1
          || !entry.previousHash().equals(tail.get(i - 1).hash()))) {
        return Optional.of("entry " + entry.sequence() + " does not follow entry " + tail.get(i - 1).sequence());
      }
    }
    return Optional.empty();
  }

  private static <T> List<T> list(Iterable<T> items) {
    return StreamSupport.stream(items.spliterator(), false).collect(Collectors.toList());
  }
}
