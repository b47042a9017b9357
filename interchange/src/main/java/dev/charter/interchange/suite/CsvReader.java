package dev.charter.interchange.suite;

import dev.charter.domain.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them, and as the files people actually have: records
 * end with CRLF, LF or a lone CR, the last one with or without a line end; a field in double quotes
 * may hold commas, line breaks and quotes (written twice); a byte-order mark at the start is
 * skipped; blank lines between records are ignored. A line break inside a quoted field is read as
 * {@code \n} whatever it was in the file.
 *
 * <p>Each record knows the line it starts on. Malformed quoting is reported on its line, and
 * reading goes on with the next record where it can, so every problem is found in one pass.
 */
final class CsvReader {

  /** One record and the line of the file it starts on. */
  record Row(long line, List<String> fields) {}

  record Result(List<Row> rows, List<Problem> problems) {}

  private final String text;
  private final List<Row> rows = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int at;
  private long line = 1;

  private CsvReader(String text) {
    this.text = text;
    this.at = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  static Result read(String text) {
    CsvReader reader = new CsvReader(text);
    reader.records();
    return new Result(List.copyOf(reader.rows), List.copyOf(reader.problems));
  }

  private void records() {
    while (at < text.length()) {
      long start = line;
      List<String> fields = new ArrayList<>();
      boolean more = true;
      while (more) {
        if (!field(fields)) {
          return;
        }
        if (at < text.length() && text.charAt(at) == ',') {
          at++;
        } else {
          endOfLine();
          more = false;
        }
      }
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
      if (!blank) {
        rows.add(new Row(start, List.copyOf(fields)));
      }
    }
  }

  /** Reads one field into {@code fields}; false when the text ended inside a quoted field. */
  private boolean field(List<String> fields) {
    StringBuilder value = new StringBuilder();
    if (at < text.length() && text.charAt(at) == '"') {
      long opened = line;
      at++;
      while (true) {
        if (at >= text.length()) {
          problems.add(Problem.of("line " + opened, "a quoted field opened on this line is never closed"));
          return false;
        }
        char c = text.charAt(at);
        if (c == '"') {
          if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
            value.append('"');
            at += 2;
            continue;
          }
          at++;
          break;
        }
        if (c == '\r' || c == '\n') {
          endOfLine();
          value.append('\n');
          continue;
        }
        value.append(c);
        at++;
      }
      if (at < text.length() && !isFieldEnd(text.charAt(at))) {
        problems.add(Problem.of("line " + line, "text after the closing quote of a field; a quote inside a "
            + "quoted field is written twice (\"\")"));
        skipToFieldEnd(value);
      }
    } else {
      boolean strayQuote = false;
      while (at < text.length() && !isFieldEnd(text.charAt(at))) {
        strayQuote |= text.charAt(at) == '"';
        value.append(text.charAt(at));
        at++;
      }
      if (strayQuote) {
        problems.add(Problem.of("line " + line, "a quote inside an unquoted field; put the whole field in quotes "
            + "and write the quote twice (\"\")"));
      }
    }
    fields.add(value.toString());
    return true;
  }

  private void skipToFieldEnd(StringBuilder value) {
    while (at < text.length() && !isFieldEnd(text.charAt(at))) {
      value.append(text.charAt(at));
      at++;
    }
  }

  private static boolean isFieldEnd(char c) {
    return c == ',' || c == '\r' || c == '\n';
  }

  /** Consumes one line end (CRLF, LF or CR), if there is one here. */
  private void endOfLine() {
    if (at >= text.length()) {
      return;
    }
    if (text.charAt(at) == '\r') {
      at++;
      if (at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
    } else if (text.charAt(at) == '\n') {
      at++;
    }
    line++;
  }
}
