package dev.charter.domain.log;

import java.util.Iterator;
import java.util.Map;

/**
 * A minimal JSON writer for the canonical log payload. The domain may not depend on a JSON
 * library, and the payload must be byte-for-byte stable for the hash chain, so it is written here
 * with a fixed field order and number format.
 */
final class CanonicalJson {

  private final StringBuilder out = new StringBuilder(1024);
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

  CanonicalJson field(String name, double value) {
    key(name).append(String.format(java.util.Locale.ROOT, "%.6f", value));
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

  CanonicalJson longs(String name, Map<String, Long> values) {
    key(name).append('{');
    boolean firstEntry = true;
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(values).entrySet()) {
      if (!firstEntry) {
        out.append(',');
      }
      string(out, e.getKey()).append(':').append(e.getValue());
      firstEntry = false;
    }
    out.append('}');
    return this;
  }

  private StringBuilder key(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    return string(out, name).append(':');
  }

  private static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
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

  @Override
  public String toString() {
    return out.toString();
  }
}
