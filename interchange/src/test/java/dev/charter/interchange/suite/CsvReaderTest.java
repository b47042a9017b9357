package dev.charter.interchange.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<List<String>> fields(CsvReader.Result result) {
    return result.rows().stream().map(CsvReader.Row::fields).toList();
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    CsvReader.Result result = CsvReader.read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n");

    assertThat(result.problems()).isEmpty();
    assertThat(fields(result)).containsExactly(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""),
        List.of("2", "two\nlines", "z"));
    assertThat(result.rows()).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 3L);
  }

  @Test
  void crlfRecordsWithoutAFinalLineEndAreReadWhole() {
    CsvReader.Result result = CsvReader.read("h1,h2\r\n\"multi\r\nline\",x\r\nlast,\"quoted\"");

    assertThat(fields(result)).containsExactly(List.of("h1", "h2"), List.of("multi\nline", "x"),
        List.of("last", "quoted"));
    assertThat(result.rows()).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 4L);
  }

  @Test
  void emptyFieldsTrailingCommasAndBlankLinesAreKeptApart() {
    CsvReader.Result result = CsvReader.read("\uFEFFa,,b,\n\n\"\",x,,\n\n");

    assertThat(fields(result)).containsExactly(List.of("a", "", "b", ""), List.of("", "x", "", ""));
    assertThat(result.rows()).extracting(CsvReader.Row::line).containsExactly(1L, 3L);
  }

  @Test
  void aLoneCarriageReturnEndsARecord() {
    assertThat(fields(CsvReader.read("a,b\rc,d"))).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void anUnclosedQuoteIsReportedOnTheLineItOpens() {
    CsvReader.Result result = CsvReader.read("a,b\n1,2\n3,\"never\nclosed\n");

    assertThat(result.problems()).extracting(Problem::toString)
        .containsExactly("line 3: a quoted field opened on this line is never closed");
    assertThat(fields(result)).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void strayQuotesAreReportedAndReadingGoesOn() {
    CsvReader.Result result = CsvReader.read("a,b\nsay \"hi\",1\n\"closed\"early,2\nok,3\n");

    assertThat(result.problems()).extracting(Problem::where).containsExactly("line 2", "line 3");
    assertThat(fields(result)).hasSize(4).last().isEqualTo(List.of("ok", "3"));
  }
}
