package dev.charter.adapter.assessor.semantic.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks; CRLF or LF line ends. */
final class Csv {

  private Csv() {}

  /** The rows of {@code text} as maps from the header's column names to values. */
  static List<Map<String, String>> parse(String text) {
    List<List<String>> rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
    List<Map<String, String>> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("row " + r + " has " + row.size() + " fields, the header " + header.size());
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        map.put(header.get(c), row.get(c));
      }
      out.add(map);
    }
    return out;
  }

  private static List<List<String>> rows(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        field.append(c);
      }
      i++;
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
