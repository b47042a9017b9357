package dev.charter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.charter.testkit.architecture.CharterArchitecture;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Charter follows the layout it asks of its users: the kit's rules, applied to every production
 * class of every module. Bootstrap runs it because only here are all the modules on the class
 * path.
 */
class ArchitectureTest {

  private static final CharterArchitecture ARCHITECTURE =
      CharterArchitecture.forRootPackage("dev.charter");

  private static JavaClasses charter;

  @BeforeAll
  static void importCharter() {
    charter = ARCHITECTURE.importProductionClasses();
  }

  /** Rules about a ring pass when the ring is missing, so make sure none is. */
  @Test
  void everyRingIsImported() {
    Set<String> rings =
        charter.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.startsWith("dev.charter."))
            .map(name -> name.substring("dev.charter.".length()).split("\\.")[0])
            .collect(Collectors.toSet());

    assertThat(rings).contains("domain", "application", "interchange", "adapter", "bootstrap");
  }

  @Test
  void domainIsPure() {
    ARCHITECTURE.domainIsPure().check(charter);
  }

  @Test
  void applicationDependsOnlyOnDomain() {
    ARCHITECTURE.applicationDependsOnlyOnDomain().check(charter);
  }

  @Test
  void dependenciesPointInward() {
    ARCHITECTURE.dependenciesPointInward().check(charter);
  }

  @Test
  void adaptersAreIndependent() {
    ARCHITECTURE.adaptersAreIndependent().check(charter);
  }

  @Test
  void portsAreInterfaces() {
    ARCHITECTURE.portsAreInterfaces().check(charter);
  }

  @Test
  void noCycles() {
    ARCHITECTURE.noCycles().check(charter);
  }

  @Test
  void namingConventions() {
    ARCHITECTURE.namingConventions().check(charter);
  }

  /** A rule added to the kit must be added above, or Charter would stop checking itself. */
  @Test
  void everyRuleOfTheKitIsCheckedHere() {
    assertThat(ARCHITECTURE.all()).hasSize(7);
  }
}
