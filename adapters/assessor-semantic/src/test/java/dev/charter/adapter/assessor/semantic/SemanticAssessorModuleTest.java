package dev.charter.adapter.assessor.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.charter.adapter.assessor.semantic.internal.ClassifierHead;
import dev.charter.application.port.out.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticAssessorModuleTest {

  @Test
  void theModuleAddsTheSemanticAssessorToTheSetOfAssessorsOnce() {
    Injector injector = Guice.createInjector(new SemanticAssessorModule());

    Set<Assessor> assessors = injector.getInstance(Key.get(new TypeLiteral<Set<Assessor>>() {}));

    assertThat(assessors).singleElement().isInstanceOf(SemanticAssessor.class);
    assertThat(injector.getInstance(SemanticAssessor.class)).isSameAs(assessors.iterator().next());
  }

  @Test
  void aHeadFileOfYourOwnIsReadAndValidatedWhenTheAssessorIsMade(@TempDir Path dir) throws IOException {
    Path head = dir.resolve("head.json");
    Files.write(head, ClassifierHead.class.getResourceAsStream(ClassifierHead.BUNDLED).readAllBytes());
    Injector injector = Guice.createInjector(new SemanticAssessorModule().withHead(head));

    assertThat(injector.getInstance(SemanticAssessor.class).guards()).contains("mass-casualty-weapons");

    Files.writeString(head, "{\"format\": \"something else\"}");
    Injector broken = Guice.createInjector(new SemanticAssessorModule().withHead(head));
    assertThatThrownBy(() -> broken.getInstance(SemanticAssessor.class))
        .hasMessageContaining(head.toString()).hasMessageContaining("is not a Charter semantic head");
  }
}
