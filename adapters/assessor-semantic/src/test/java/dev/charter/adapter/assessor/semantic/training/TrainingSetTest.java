package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSetTest {

  @TempDir
  Path folder;

  @Test
  void theFirstContrastFileComesFirstSoANewFileLeavesItsSplitAlone() throws IOException {
    for (String name : List.of("contrasts-more.jsonl", "contrasts.jsonl", "heldout-suite.jsonl",
        "fresh-suite.jsonl", "hh-harmless-grades.tsv", "contrasts.jsonl.bak", "notes.jsonl")) {
      Files.writeString(folder.resolve(name), "");
    }

    assertThat(names(TrainingSet.inFolder(folder, TrainingSet::isContrasts)))
        .containsExactly("contrasts.jsonl", "contrasts-more.jsonl");
    assertThat(names(TrainingSet.inFolder(folder, TrainingSet::isSuite)))
        .containsExactly("fresh-suite.jsonl", "heldout-suite.jsonl");
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }
}
