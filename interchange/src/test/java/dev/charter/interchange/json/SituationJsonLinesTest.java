package dev.charter.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SituationJsonLinesTest {

  private static final String GOOD = "{\"kind\": \"request\", \"conversation\": {\"id\": \"%s\", "
      + "\"messages\": [{\"role\": \"user\", \"text\": \"hi\"}]}}";

  @Test
  void readsOneSituationPerLineInOrderSkippingBlankLines() {
    List<Validation<Seq<Problem>, Situation>> read = SituationJson.readLines(new StringReader(
        String.format(GOOD, "a") + "\n\n   \n" + String.format(GOOD, "b") + "\r\n"))
        .collect(Collectors.toList());

    assertThat(read).hasSize(2).allMatch(Validation::isValid);
    assertThat(read.get(0).get().conversation().id()).isEqualTo("a");
    assertThat(read.get(1).get().conversation().id()).isEqualTo("b");
  }

  @Test
  void problemsArePlacedOnTheLineTheyAreOn() {
    List<Validation<Seq<Problem>, Situation>> read = SituationJson.readLines(new StringReader(
        String.format(GOOD, "a") + "\n"
            + "\n"
            + "{\"kind\": \"request\", \"conversation\": {\"id\": \"\", \"messages\": [{\"role\": \"user\", \"text\": \"x\"}]}}\n"
            + "{\"kind\": \"request\",, }\n"
            + "[]\n"))
        .collect(Collectors.toList());

    assertThat(read).hasSize(4);
    assertThat(read.get(0).isValid()).isTrue();
    assertThat(read.get(1).getError().map(Problem::toString))
        .containsExactly("line 3, conversation.id: must not be empty");
    assertThat(read.get(2).getError().single().where()).isEqualTo("line 4, column 20");
    assertThat(read.get(3).getError().map(Problem::toString))
        .containsExactly("line 5: expected a JSON object describing a situation, got an array");
  }

  @Test
  void readingIsLazySoALongStreamIsNotHeldInMemory() {
    int[] served = {0};
    Reader endless = new Reader() {
      private final String line = String.format(GOOD, "x") + "\n";
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
          buffer[offset + n++] = line.charAt(at);
          at = (at + 1) % line.length();
          if (at == 0) {
            served[0]++;
          }
        }
        return n;
      }

      @Override
      public void close() {}
    };

    assertThat(SituationJson.readLines(endless).limit(3)).hasSize(3).allMatch(Validation::isValid);
    assertThat(served[0]).isLessThan(1000);
  }

  @Test
  void aFailureToReadEndsTheStreamWithAProblemOnTheLineItStoppedAt() {
    Reader failing = new Reader() {
      private final StringReader first = new StringReader(String.format(GOOD, "a") + "\n");

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = first.read(buffer, offset, length);
        if (n < 0) {
          throw new IOException("connection reset");
        }
        return n;
      }

      @Override
      public void close() {}
    };

    List<Validation<Seq<Problem>, Situation>> read = SituationJson.readLines(failing).collect(Collectors.toList());

    assertThat(read).hasSize(2);
    assertThat(read.get(0).isValid()).isTrue();
    assertThat(read.get(1).getError().map(Problem::toString))
        .containsExactly("line 2: could not read the input: connection reset");
  }

  @Test
  void readLineShiftsSyntaxErrorsOfAMultiLineValueOntoTheGivenLine() {
    assertThat(SituationJson.readLine("{\n  \"kind\" \"request\"}", 10).getError().single().where())
        .isEqualTo("line 11, column 10");
  }
}
