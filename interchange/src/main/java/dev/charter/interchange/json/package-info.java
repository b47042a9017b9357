/**
 * The JSON formats every transport speaks: {@link dev.charter.interchange.json.SituationJson}
 * reads what is to be judged, {@link dev.charter.interchange.json.JudgmentJson} writes the verdict
 * with its reasons, {@link dev.charter.interchange.json.LogEntryJson} writes a decision-log entry.
 * These three classes are the public API; everything else here is how they do it. The formats are
 * described field by field in the README's "Formats" section.
 */
package dev.charter.interchange.json;
