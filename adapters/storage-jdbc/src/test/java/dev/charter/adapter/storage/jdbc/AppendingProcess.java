package dev.charter.adapter.storage.jdbc;

import dev.charter.domain.log.EntryKind;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A separate process for {@link H2FileProcessesTest}: opens the H2 data directory, appends entries,
 * places a stop order for {@code conversation:<name>}, then either closes the storage or dies on
 * the spot without closing anything.
 *
 * <p>Arguments: data directory, name, number of entries, {@code close} or {@code halt}.
 */
final class AppendingProcess {

  private AppendingProcess() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    String name = args[1];
    int count = Integer.parseInt(args[2]);
    boolean halt = args[3].equals("halt");
    JdbcStorage storage = JdbcStorage.h2File(dataDir);
    for (int i = 0; i < count; i++) {
      storage.decisionLog().append(EntryKind.JUDGMENT, name + "-" + i, Instant.now(), "allow",
          "{\"by\":\"" + name + "\"}");
    }
    storage.stopOrders().place(StopOrder.builder()
        .scope(StopScope.of(StopScope.Kind.CONVERSATION, name))
        .reason("placed by " + name)
        .issuedBy(name)
        .issuedAt(Instant.now())
        .build());
    if (halt) {
      // No close, no shutdown hooks: as if the process were killed right after its last write.
      Runtime.getRuntime().halt(0);
    }
    storage.close();
  }
}
