package dev.charter.domain.log;

/** What a decision-log entry records: a judgment, or an overseer's stop or resume. */
public enum EntryKind {
  JUDGMENT,
  STOP,
  RESUME;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
