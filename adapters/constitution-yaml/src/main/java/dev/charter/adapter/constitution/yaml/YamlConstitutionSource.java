package dev.charter.adapter.constitution.yaml;

import dev.charter.application.port.out.ConstitutionSource;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.ConstitutionValidation;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Constitutions written in YAML (the format is described in the {@linkplain
 * dev.charter.adapter.constitution.yaml package documentation}).
 *
 * <p>A location is a file path, or {@value #BUNDLED_DEFAULT} for the default constitution that
 * ships inside this module's jar, or {@code classpath:<resource>} for any other resource. Every
 * call reads the document afresh, so an edited file is seen at once and a broken one can still be
 * diagnosed. Problems inside the document are placed at {@code file:line} (the file name only);
 * problems with the document as a whole name the location as given.
 */
public final class YamlConstitutionSource implements ConstitutionSource {

  /** The location of the default constitution bundled with Charter. */
  public static final String BUNDLED_DEFAULT = "classpath:default";

  private static final String CLASSPATH = "classpath:";
  private static final String DEFAULT_RESOURCE = "dev/charter/constitution/default.yaml";

  private final String location;

  /** A source whose current constitution is the bundled default. */
  public YamlConstitutionSource() {
    this(BUNDLED_DEFAULT);
  }

  /** A source whose current constitution is at {@code location}; none (null or blank) means the bundled default. */
  public YamlConstitutionSource(String location) {
    this.location = location == null || location.isBlank() ? BUNDLED_DEFAULT : location;
  }

  /** The configured location, as {@link #current()} reads it. */
  public String location() {
    return location;
  }

  @Override
  public Validation<Seq<Problem>, Constitution> current() {
    return load(location);
  }

  @Override
  public Validation<Seq<Problem>, Constitution> load(String location) {
    return read(location).fold(
        problem -> Validation.invalid(io.vavr.collection.List.of(problem)),
        YamlConstitutionSource::validate);
  }

  private static Validation<Seq<Problem>, Constitution> validate(Document document) {
    DraftReader.Reading reading = DraftReader.read(document.text(), document.fileName(), document.origin());
    Optional<Validation<Seq<Problem>, Constitution>> validated =
        reading.draft().map(ConstitutionValidation::validate);
    if (reading.problems().isEmpty() && validated.isPresent()) {
      return validated.get();
    }
    List<Problem> all = new ArrayList<>(reading.problems());
    validated.filter(Validation::isInvalid).ifPresent(v -> v.getError().forEach(all::add));
    // Reading order: problems with the whole document first, then line by line.
    all.sort(Comparator.comparingInt(problem -> lineOf(problem, document.fileName())));
    return Validation.invalid(io.vavr.collection.List.ofAll(all));
  }

  private static int lineOf(Problem problem, String fileName) {
    String where = problem.where();
    if (where.startsWith(fileName + ":")) {
      try {
        return Integer.parseInt(where.substring(fileName.length() + 1));
      } catch (NumberFormatException notALine) {
        return 0;
      }
    }
    return 0;
  }

  private static Either<Problem, Document> read(String location) {
    return location.startsWith(CLASSPATH) ? readResource(location) : readFile(location);
  }

  private static Either<Problem, Document> readFile(String location) {
    Path path;
    try {
      path = Path.of(location);
    } catch (InvalidPathException e) {
      return unreadable(location, "not a valid path (" + e.getReason() + ")");
    }
    if (Files.isDirectory(path)) {
      return unreadable(location, "it is a directory, not a file");
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      Path name = path.getFileName();
      return decode(bytes, location).map(text -> new Document(name == null ? location : name.toString(), location, text));
    } catch (NoSuchFileException e) {
      return unreadable(location, "no such file");
    } catch (AccessDeniedException e) {
      return unreadable(location, "permission denied");
    } catch (IOException e) {
      return unreadable(location, e.toString());
    }
  }

  private static Either<Problem, Document> readResource(String location) {
    String name = location.substring(CLASSPATH.length());
    String resource = name.equals("default") ? DEFAULT_RESOURCE : name;
    try (InputStream in = YamlConstitutionSource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return unreadable(location, "no resource '" + resource + "' on the class path");
      }
      String fileName = resource.substring(resource.lastIndexOf('/') + 1);
      return decode(in.readAllBytes(), location).map(text -> new Document(fileName, location, text));
    } catch (IOException e) {
      return unreadable(location, e.toString());
    }
  }

  private static Either<Problem, String> decode(byte[] bytes, String location) {
    try {
      // A strict decoder: a file in another encoding is reported, not read as garbled rules.
      return Either.right(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return unreadable(location, "it is not UTF-8 text");
    }
  }

  private static <T> Either<Problem, T> unreadable(String location, String why) {
    return Either.left(Problem.of(location, "cannot read the constitution: " + why));
  }

  /** The text of a document, the file name its lines are cited by, and its location as given. */
  private record Document(String fileName, String origin, String text) {}
}
