package dev.charter.domain.log;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal JSON writer for the canonical log payload. The domain may not depend on a JSON
 * library, and the payload must be byte-for-byte stable for the hash chain, so it is written here
 * with a fixed field order and number format.
 */
final class CanonicalJson {

  /** Room for a judgment's record without growing; a stop order's is far smaller. */
  private final StringBuilder out = new StringBuilder(4096);
  private boolean first = true;

  CanonicalJson open() {
    out.append('{');
    first = true;
    return this;
  }

  CanonicalJson close() {
    out.append('}');
    first = false;
    return this;
  }

  CanonicalJson openArray(String name) {
    key(name).append('[');
    first = true;
    return this;
  }

  CanonicalJson closeArray() {
    out.append(']');
    first = false;
    return this;
  }

  CanonicalJson element() {
    if (!first) {
      out.append(',');
    }
    first = true;
    return this;
  }

  CanonicalJson field(String name, String value) {
    if (value == null) {
      key(name).append("null");
    } else {
      string(key(name), value);
    }
    return this;
  }

  /** Six decimals, written by hand: String.format would dominate the cost of a log entry. */
  CanonicalJson field(String name, double value) {
    StringBuilder out = key(name);
    if (!Double.isFinite(value)) {
      out.append('"').append(value).append('"');
      return this;
    }
    long micros = Math.round(Math.abs(value) * 1_000_000);
    if (value < 0 && micros != 0) {
      out.append('-');
    }
    out.append(micros / 1_000_000).append('.');
    String fraction = Long.toString(micros % 1_000_000);
    for (int i = fraction.length(); i < 6; i++) {
      out.append('0');
    }
    out.append(fraction);
    return this;
  }

  CanonicalJson field(String name, long value) {
    key(name).append(value);
    return this;
  }

  CanonicalJson field(String name, boolean value) {
    key(name).append(value);
    return this;
  }

  CanonicalJson strings(String name, Iterable<String> values) {
    key(name).append('[');
    Iterator<String> it = values.iterator();
    while (it.hasNext()) {
      string(out, it.next());
      if (it.hasNext()) {
        out.append(',');
      }
    }
    out.append(']');
    return this;
  }

  /** The entries in key order, whatever the map's own order. */
  CanonicalJson longs(String name, Map<String, Long> values) {
    key(name).append('{');
    boolean firstEntry = true;
    for (Map.Entry<String, Long> e : inKeyOrder(values).entrySet()) {
      if (!firstEntry) {
        out.append(',');
      }
      string(out, e.getKey()).append(':').append(e.getValue().longValue());
      firstEntry = false;
    }
    out.append('}');
    return this;
  }

  /** The map itself when it already iterates in key order, as the judging service builds it. */
  private static Map<String, Long> inKeyOrder(Map<String, Long> values) {
    String previous = null;
    for (String key : values.keySet()) {
      if (previous != null && previous.compareTo(key) >= 0) {
        return new TreeMap<>(values);
      }
      previous = key;
    }
    return values;
  }

  /** Field names are this class's callers' own constants, plain ASCII words: no escaping to look for. */
  private StringBuilder key(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    return out.append('"').append(name).append("\":");
  }

  private static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
    if (!needsEscaping(s)) {
      return out.append(s).append('"'); // the common case, copied in bulk
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"');
  }

  private static boolean needsEscaping(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
