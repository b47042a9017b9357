package dev.charter.adapter.storage.jdbc;

/**
 * The little that differs between the databases Charter stores in. Everything else is SQL both
 * accept: {@code CREATE TABLE IF NOT EXISTS}, {@code SELECT ... FOR UPDATE}, {@code LIMIT}.
 */
enum Dialect {

  H2("MERGE INTO " + Schema.STOP_ORDERS + " (" + StopOrderRows.COLUMNS + ") KEY (scope) VALUES (?, ?, ?, ?)"),

  POSTGRESQL("INSERT INTO " + Schema.STOP_ORDERS + " (" + StopOrderRows.COLUMNS + ") VALUES (?, ?, ?, ?)"
      + " ON CONFLICT (scope) DO UPDATE SET"
      + " reason = EXCLUDED.reason, issued_by = EXCLUDED.issued_by, issued_at = EXCLUDED.issued_at");

  private final String upsertStopOrder;

  Dialect(String upsertStopOrder) {
    this.upsertStopOrder = upsertStopOrder;
  }

  /** Inserts a stop order or replaces the one for its scope; parameters bound by {@link StopOrderRows#bind}. */
  String upsertStopOrder() {
    return upsertStopOrder;
  }
}
