package dev.charter.adapter.storage.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2FileStorageTest extends StorageBehaviour {

  @TempDir Path dataDir;

  @Override
  StorageFixture newFixture() {
    return StorageFixture.h2File(dataDir);
  }
}
