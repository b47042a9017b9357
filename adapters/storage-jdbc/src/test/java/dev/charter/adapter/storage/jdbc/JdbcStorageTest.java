package dev.charter.adapter.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.application.port.CannotStart;
import dev.charter.domain.log.EntryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStorageTest {

  @TempDir Path tempDir;

  @Test
  void aMissingDataDirectoryIsCreatedAndHoldsTheDatabaseFile() {
    Path dataDir = tempDir.resolve("not/there/yet");

    try (JdbcStorage storage = JdbcStorage.h2File(dataDir)) {
      storage.decisionLog().append(EntryKind.JUDGMENT, "j-1", Instant.EPOCH, "allow", "{}");
    }

    assertThat(dataDir.resolve("charter.mv.db")).isRegularFile();
  }

  @Test
  void aDataDirectoryThatCannotBeCreatedIsReportedByName() throws Exception {
    Path file = Files.writeString(tempDir.resolve("occupied"), "not a directory");

    assertThatThrownBy(() -> JdbcStorage.h2File(file.resolve("data")))
        .isInstanceOf(CannotStart.class)
        .hasMessageStartingWith(file.resolve("data") + ": could not create the data directory: ");
  }

  @Test
  void aDataDirectoryWhoseNameWouldEndTheUrlSettingIsRefused() {
    assertThatThrownBy(() -> JdbcStorage.h2File(tempDir.resolve("a;AUTO_SERVER=FALSE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("';'");
  }

  @Test
  void anUnreachablePostgresIsReportedWithItsAddressButWithoutTheQueryString() {
    assertThatThrownBy(() -> JdbcStorage.postgres(
        "jdbc:postgresql://127.0.0.1:1/charter?password=secret&connectTimeout=2", "charter", "secret"))
        .isInstanceOf(CannotStart.class)
        .hasMessageStartingWith("the PostgreSQL database at jdbc:postgresql://127.0.0.1:1/charter: could not open it: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void aUrlForAnotherDatabaseIsRefusedByPostgres() {
    assertThatThrownBy(() -> JdbcStorage.postgres("jdbc:h2:mem:x", "sa", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql:");
  }
}
