package dev.charter.interchange.json;

import dev.charter.domain.principal.Speaker;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The situation format every transport reads: one JSON object describing what is to be judged,
 * in its deployment, for its user, in its conversation. The README's "Formats" section lists the fields.
 *
 * <p>Reading is strict and complete: unknown fields, duplicate keys, wrong types and missing
 * fields are all reported, every one of them, each with the path where it is
 * ({@code conversation.messages[2].role}) or, for malformed JSON, its line and column.
 *
 * <p>Public API.
 */
public final class SituationJson {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final Pattern SYNTAX_ERROR = Pattern.compile("line (\\d+), column (\\d+)");

  private SituationJson() {}

  /** The situation in {@code json}, or every problem with it. */
  public static Validation<Seq<Problem>, Situation> read(String json) {
    return JsonText.parse(stripByteOrderMark(json)).fold(
        problem -> Validation.invalid(List.of(problem)),
        SituationReader::read);
  }

  /**
   * One line of a JSON Lines document: as {@link #read(String)}, with every problem placed on
   * {@code lineNumber} ({@code line 3, conversation.id}; {@code line 3, column 14}). Text spread
   * over several lines is counted from {@code lineNumber} on.
   */
  public static Validation<Seq<Problem>, Situation> readLine(String line, long lineNumber) {
    return read(line).mapError(problems -> problems.map(p -> onLine(p, lineNumber)));
  }

  /**
   * A JSON Lines document (one situation per line), read lazily line by line in order; blank lines
   * are skipped. If reading fails, the last element reports it on the line it stopped at. The
   * caller owns {@code reader} and closes it.
   */
  public static Stream<Validation<Seq<Problem>, Situation>> readLines(Reader reader) {
    BufferedReader lines = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    return StreamSupport.stream(new Lines(lines), false);
  }

  /** A request with one user message, in a fresh conversation, with default deployment and user. */
  public static Situation forText(String userText) {
    return Situation.builder()
        .kind(SituationKind.REQUEST)
        .conversation(Conversation.builder()
            .id(UUID.randomUUID().toString())
            .addMessages(Message.of(Speaker.USER, userText))
            .build())
        .build();
  }

  /** {@code situation} in the format {@link #read(String)} reads back, every default written out. */
  public static String write(Situation situation) {
    return JsonText.compact(SituationWriter.tree(situation));
  }

  /** As {@link #write(Situation)}, indented for people. */
  public static String writePretty(Situation situation) {
    return JsonText.pretty(SituationWriter.tree(situation));
  }

  private static Problem onLine(Problem problem, long lineNumber) {
    String where = problem.where();
    Matcher syntax = SYNTAX_ERROR.matcher(where);
    if (syntax.matches()) {
      long line = lineNumber + Long.parseLong(syntax.group(1)) - 1;
      return Problem.of("line " + line + ", column " + syntax.group(2), problem.what());
    }
    return Problem.of(where.isEmpty() ? "line " + lineNumber : "line " + lineNumber + ", " + where, problem.what());
  }

  private static String stripByteOrderMark(String json) {
    return !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
  }

  /** Reads ahead to the next non-blank line; an I/O failure becomes the last element. */
  private static final class Lines extends Spliterators.AbstractSpliterator<Validation<Seq<Problem>, Situation>> {
    private final BufferedReader reader;
    private long lineNumber;
    private boolean done;

    Lines(BufferedReader reader) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.reader = reader;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Validation<Seq<Problem>, Situation>> action) {
      if (done) {
        return false;
      }
      try {
        String line;
        do {
          lineNumber++;
          line = reader.readLine();
        } while (line != null && line.isBlank());
        if (line == null) {
          done = true;
          return false;
        }
        action.accept(readLine(line, lineNumber));
        return true;
      } catch (IOException e) {
        done = true;
        action.accept(Validation.invalid(List.of(Problem.of("line " + lineNumber, "could not read the input: "
            + e.getMessage()))));
        return true;
      }
    }
  }
}
