package dev.charter.bootstrap;

import java.util.Locale;

/** Where the decision log and stop orders live. */
public enum StorageKind {
  /** H2 in file mode under the data directory: the embedded default, durable, no server. */
  H2,
  /** PostgreSQL: shared by stateless decision nodes in production. */
  POSTGRES,
  /** In memory only: for tests, benchmarks and throwaway embeddings; nothing survives the process. */
  MEMORY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
