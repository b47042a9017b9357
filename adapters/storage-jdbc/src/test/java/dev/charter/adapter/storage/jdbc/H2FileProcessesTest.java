package dev.charter.adapter.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.log.ChainVerification;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.oversight.StopOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several operating-system processes sharing one H2 data directory, as the command line does. */
class H2FileProcessesTest {

  @TempDir Path dataDir;
  @TempDir Path outputDir;

  @Test
  void aProcessStartedLaterSeesWhatEarlierProcessesWrote() throws Exception {
    run("first", 3, "close");
    run("second", 2, "close");

    try (JdbcStorage storage = JdbcStorage.h2File(dataDir)) {
      List<LogEntry> entries = new ArrayList<>();
      storage.decisionLog().entries().forEach(entries::add);
      assertThat(entries).extracting(LogEntry::subject)
          .containsExactly("first-0", "first-1", "first-2", "second-0", "second-1");
      assertThat(ChainVerification.verify(entries).intact()).isTrue();
      assertThat(storage.stopOrders().active()).extracting(StopOrder::issuedBy).containsExactly("first", "second");
    }
  }

  @Test
  void anEntryWrittenJustBeforeTheProcessDiesIsKept() throws Exception {
    run("doomed", 1, "halt");

    try (JdbcStorage storage = JdbcStorage.h2File(dataDir)) {
      assertThat(storage.decisionLog().entries()).extracting(LogEntry::subject).containsExactly("doomed-0");
      assertThat(storage.stopOrders().active()).extracting(StopOrder::issuedBy).containsExactly("doomed");
    }
  }

  @Test
  void processesAppendingWhileAnotherHoldsTheFileOpenShareOneChain() throws Exception {
    try (JdbcStorage storage = JdbcStorage.h2File(dataDir)) {
      List<Process> others = List.of(start("left", 40, "close"), start("right", 40, "close"));
      for (int i = 0; i < 40; i++) {
        storage.decisionLog().append(EntryKind.JUDGMENT, "here-" + i, Instant.now(), "allow", "{}");
      }
      for (Process other : others) {
        awaitSuccess(other);
      }

      ChainVerification verification = ChainVerification.verify(storage.decisionLog().entries());
      assertThat(verification.intact()).as(verification.problem().orElse("intact")).isTrue();
      assertThat(verification.entriesChecked()).isEqualTo(120);
      assertThat(storage.stopOrders().active()).extracting(StopOrder::issuedBy)
          .containsExactlyInAnyOrder("left", "right");
    }
  }

  private void run(String name, int count, String ending) throws Exception {
    awaitSuccess(start(name, count, ending));
  }

  private Process start(String name, int count, String ending) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AppendingProcess.class.getName());
    command.add(dataDir.toString());
    command.add(name);
    command.add(Integer.toString(count));
    command.add(ending);
    Path output = outputDir.resolve(name + ".out");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }

  private void awaitSuccess(Process process) throws Exception {
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    StringBuilder output = new StringBuilder();
    try (var files = Files.list(outputDir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        output.append(file.getFileName()).append(":\n").append(Files.readString(file));
      }
    }
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("process finished in time; output:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
  }
}
