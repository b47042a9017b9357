package dev.charter.adapter.storage.jdbc;

class PostgresStorageTest extends StorageBehaviour {

  @Override
  StorageFixture newFixture() {
    return StorageFixture.postgres();
  }
}
