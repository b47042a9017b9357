package dev.charter.adapter.assessor.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.charter.application.port.out.Assessor;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SemanticAssessorModuleTest {

  @Test
  void theModuleAddsTheSemanticAssessorToTheSetOfAssessorsOnce() {
    Injector injector = Guice.createInjector(new SemanticAssessorModule());

    Set<Assessor> assessors = injector.getInstance(Key.get(new TypeLiteral<Set<Assessor>>() {}));

    assertThat(assessors).singleElement().isInstanceOf(SemanticAssessor.class);
    assertThat(injector.getInstance(SemanticAssessor.class)).isSameAs(assessors.iterator().next());
  }
}
