package dev.charter.adapter.constitution.yaml;

import com.google.inject.AbstractModule;
import dev.charter.application.port.out.ConstitutionSource;

/**
 * Binds {@link ConstitutionSource} to YAML constitutions at one location. Installing the module
 * reads nothing: the document is read when a constitution is asked for, and any problem in it is
 * reported then.
 */
public final class YamlConstitutionModule extends AbstractModule {

  private final String location;

  /** Binds the default constitution bundled with Charter. */
  public YamlConstitutionModule() {
    this(YamlConstitutionSource.BUNDLED_DEFAULT);
  }

  /** Binds the constitution at {@code location}: a file path or a {@code classpath:} resource. */
  public YamlConstitutionModule(String location) {
    this.location = location;
  }

  @Override
  protected void configure() {
    bind(ConstitutionSource.class).toInstance(new YamlConstitutionSource(location));
  }
}
