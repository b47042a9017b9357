package dev.charter.adapter.constitution.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.charter.application.port.out.ConstitutionSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlConstitutionModuleTest {

  @Test
  void bindsTheSourceToTheConfiguredLocation(@TempDir Path dir) throws IOException {
    Path copy = Files.copy(Path.of("../../constitution/default.yaml"), dir.resolve("ours.yaml"));
    Injector injector = Guice.createInjector(new YamlConstitutionModule(copy.toString()));

    ConstitutionSource source = injector.getInstance(ConstitutionSource.class);

    assertThat(source.current().get().version()).isEqualTo("2026.11.1");
    assertThat(((YamlConstitutionSource) source).location()).isEqualTo(copy.toString());
  }

  @Test
  void withoutALocationTheBundledDefaultIsBound() {
    ConstitutionSource source = Guice.createInjector(new YamlConstitutionModule()).getInstance(ConstitutionSource.class);

    assertThat(source.current().get().hardConstraints()).hasSize(7);
  }

  @Test
  void installingTheModuleReadsNothing_problemsAppearWhenTheConstitutionIsAskedFor(@TempDir Path dir) {
    String missing = dir.resolve("not-yet-written.yaml").toString();
    Injector injector = Guice.createInjector(new YamlConstitutionModule(missing));

    var current = injector.getInstance(ConstitutionSource.class).current();

    assertThat(current.isInvalid()).isTrue();
    assertThat(current.getError().head().where()).isEqualTo(missing);
  }
}
