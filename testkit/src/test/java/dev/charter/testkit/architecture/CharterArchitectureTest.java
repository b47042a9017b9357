package dev.charter.testkit.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule is run against small fixture projects under {@code fixtures}: {@code good} follows the
 * layout, every other fixture breaks it in one way on purpose. A bad fixture must be caught by the
 * rule it targets and by no rule that has nothing to say about it.
 */
class CharterArchitectureTest {

  private static final String FIXTURES = "dev.charter.testkit.architecture.fixtures";

  @Test
  void aProjectThatFollowsTheLayoutPassesEveryRule() {
    assertThat(violatedRules("good")).isEmpty();
  }

  @Test
  void checkAllAcceptsAProjectThatFollowsTheLayout() {
    CharterArchitecture architecture = CharterArchitecture.forRootPackage(FIXTURES + ".good");

    assertThatCode(() -> architecture.checkAll(importFixture("good"))).doesNotThrowAnyException();
  }

  @Nested
  class DomainIsPure {

    @Test
    void domainImportingJdbcBreaksDomainPurity() {
      assertThat(violatedRules("domainjdbc")).containsExactly("domainIsPure");
    }

    @Test
    void domainUsingInjectionAnnotationsBreaksDomainPurity() {
      assertThat(violatedRules("domaininjection")).containsExactly("domainIsPure");
    }

    @Test
    void domainUsingAnApplicationPortBreaksPurityAndPointsOutward() {
      assertThat(violatedRules("domainoutward"))
          .containsExactly("dependenciesPointInward", "domainIsPure");
    }

    @Test
    void theReportNamesTheForbiddenDependency() {
      String report = report("domainjdbc", CharterArchitecture::domainIsPure);

      assertThat(report).contains("java.sql.Connection").contains("Ledger");
    }
  }

  @Nested
  class ApplicationDependsOnlyOnDomain {

    @Test
    void applicationPortExposingJdbcBreaksTheApplicationRule() {
      assertThat(violatedRules("applicationjdbc"))
          .containsExactly("applicationDependsOnlyOnDomain");
    }

    @Test
    void applicationServiceCallingHttpBreaksTheApplicationRule() {
      assertThat(violatedRules("applicationhttp"))
          .containsExactly("applicationDependsOnlyOnDomain");
    }

    @Test
    void applicationUsingAnAdapterBreaksTheApplicationRuleAndPointsOutward() {
      assertThat(violatedRules("applicationadapter"))
          .containsExactly("applicationDependsOnlyOnDomain", "dependenciesPointInward");
    }

    @Test
    void applicationUsingAWireFormatBreaksTheApplicationRuleAndPointsOutward() {
      assertThat(violatedRules("applicationinterchange"))
          .containsExactly("applicationDependsOnlyOnDomain", "dependenciesPointInward");
    }
  }

  @Nested
  class DependenciesPointInward {

    @Test
    void adapterUsingBootstrapPointsOutward() {
      assertThat(violatedRules("adapterbootstrap")).containsExactly("dependenciesPointInward");
    }

    @Test
    void interchangeUsingAnAdapterPointsOutward() {
      assertThat(violatedRules("interchangeadapter")).containsExactly("dependenciesPointInward");
    }

    @Test
    void bootstrapMayKnowEveryAdapter() {
      JavaClasses good = importFixture("good");
      assertThat(good.contain(FIXTURES + ".good.bootstrap.Wiring")).isTrue();

      EvaluationResult result =
          CharterArchitecture.forRootPackage(FIXTURES + ".good").dependenciesPointInward()
              .evaluate(good);

      assertThat(result.hasViolation()).isFalse();
    }
  }

  @Nested
  class AdaptersAreIndependent {

    @Test
    void adapterUsingAnotherAdapterBreaksAdapterIndependence() {
      assertThat(violatedRules("adapterscoupled")).containsExactly("adaptersAreIndependent");
    }

    @Test
    void theReportNamesBothAdapters() {
      String report = report("adapterscoupled", CharterArchitecture::adaptersAreIndependent);

      assertThat(report).contains("adapter storage.memory").contains("adapter transport.cli");
    }

    @Test
    void codeSharedOutsideAnyAdapterPackageBreaksAdapterIndependence() {
      assertThat(violatedRules("adaptershared")).containsExactly("adaptersAreIndependent");
      assertThat(report("adaptershared", CharterArchitecture::adaptersAreIndependent))
          .contains("StorageSupport");
    }
  }

  @Nested
  class PortsAreInterfaces {

    @Test
    void portThatIsAClassBreaksThePortRule() {
      assertThat(violatedRules("portclass")).containsExactly("portsAreInterfaces");
      assertThat(report("portclass", CharterArchitecture::portsAreInterfaces))
          .contains("GreetingStore");
    }

    @Test
    void portThatIsAnAbstractClassBreaksThePortRule() {
      assertThat(violatedRules("portabstract")).containsExactly("portsAreInterfaces");
    }

    @Test
    void recordsEnumsAndDefaultImplementationsBesideThePortsAreNotPorts() {
      JavaClasses good = importFixture("good");
      JavaClasses besidePorts =
          good.that(JavaClass.Predicates.resideInAnyPackage(
              FIXTURES + ".good.application.port.in..", FIXTURES + ".good.application.port.out.."));
      assertThat(besidePorts.stream().anyMatch(JavaClass::isRecord)).isTrue();
      assertThat(besidePorts.stream().anyMatch(JavaClass::isEnum)).isTrue();
      assertThat(besidePorts.stream().anyMatch(JavaClass::isAnonymousClass)).isTrue();

      EvaluationResult result =
          CharterArchitecture.forRootPackage(FIXTURES + ".good").portsAreInterfaces()
              .evaluate(good);

      assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void immutablesValuesBesideThePortsAreNotPorts() {
      JavaClasses values =
          new ClassFileImporter()
              .importPackages("dev.charter.application.port")
              .that(annotatedWith("org.immutables.value.Value$Immutable")
                  .or(annotatedWith("org.immutables.value.Generated")));
      assertThat(values.stream()
              .filter(c -> c.isTopLevelClass() && !c.isInterface())
              .filter(c -> c.isAnnotatedWith("org.immutables.value.Value$Immutable")))
          .as("an Immutables value type beside Charter's own ports")
          .isNotEmpty();
      assertThat(values.stream()
              .filter(c -> c.isTopLevelClass() && !c.isInterface())
              .filter(c -> c.isAnnotatedWith("org.immutables.value.Generated")))
          .as("a generated Immutables implementation beside Charter's own ports")
          .isNotEmpty();

      EvaluationResult result =
          CharterArchitecture.forRootPackage("dev.charter").portsAreInterfaces().evaluate(values);

      assertThat(result.hasViolation()).isFalse();
    }
  }

  @Nested
  class NoCycles {

    @Test
    void cycleBetweenDomainPackagesBreaksNoCycles() {
      assertThat(violatedRules("packagecycle")).containsExactly("noCycles");
      assertThat(report("packagecycle", CharterArchitecture::noCycles))
          .contains("package domain.greeting")
          .contains("package domain.tone");
    }

    @Test
    void cycleBetweenRingsBreaksNoCyclesEvenWhenNoTwoPackagesFormOne() {
      assertThat(violatedRules("ringcycle")).containsExactly("noCycles");
      assertThat(report("ringcycle", CharterArchitecture::noCycles))
          .contains("ring bootstrap")
          .contains("ring tools")
          .doesNotContain("package bootstrap");
    }
  }

  @Nested
  class NamingConventions {

    @Test
    void namesEndingInPortImplManagerHelperOrUtilBreakTheNamingConvention() {
      assertThat(violatedRules("naming")).containsExactly("namingConventions");
      assertThat(report("naming", CharterArchitecture::namingConventions))
          .contains("GreetPort", "GreetServiceImpl", "GreetingManager", "TextHelper", "StringUtil");
    }
  }

  @Nested
  class CheckAll {

    @Test
    void checkAllReportsEveryViolatedRuleAtOnce() {
      CharterArchitecture architecture =
          CharterArchitecture.forRootPackage(FIXTURES + ".applicationadapter");
      JavaClasses classes = importFixture("applicationadapter");

      assertThatThrownBy(() -> architecture.checkAll(classes))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("2 of 7")
          .hasMessageContaining(architecture.applicationDependsOnlyOnDomain().getDescription())
          .hasMessageContaining(architecture.dependenciesPointInward().getDescription())
          .hasMessageContaining("MemoryGreetingLog");
    }

    @Test
    void checkAllFailsInsteadOfPassingWhenNothingUnderTheRootWasImported() {
      CharterArchitecture architecture = CharterArchitecture.forRootPackage("com.acme.assistant");

      assertThatThrownBy(() -> architecture.checkAll(importFixture("good")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("No class under com.acme.assistant was imported");
    }

    @Test
    void allHoldsEachRuleOnce() {
      CharterArchitecture architecture = CharterArchitecture.forRootPackage("com.acme.assistant");

      assertThat(architecture.all())
          .extracting(ArchRule::getDescription)
          .containsExactlyInAnyOrderElementsOf(
              rulesByName(architecture).values().stream().map(ArchRule::getDescription).toList());
    }

    @Test
    void everyRuleSaysWhy() {
      assertThat(CharterArchitecture.forRootPackage("com.acme.assistant").all())
          .allSatisfy(rule -> assertThat(rule.getDescription()).contains(", because "));
    }
  }

  @Nested
  class RootPackage {

    @Test
    void rulesJudgeOnlyTheClassesUnderTheirRootPackage() {
      JavaClasses both =
          new ClassFileImporter().importPackages(FIXTURES + ".good", FIXTURES + ".domainjdbc");

      assertThat(CharterArchitecture.forRootPackage(FIXTURES + ".good").domainIsPure()
              .evaluate(both).hasViolation())
          .isFalse();
      assertThat(CharterArchitecture.forRootPackage(FIXTURES + ".domainjdbc").domainIsPure()
              .evaluate(both).hasViolation())
          .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "com.acme.", ".com.acme", "com..acme", "com.acme.*",
        "com acme", "1com.acme"})
    void rootMustBeAJavaPackageName(String root) {
      assertThatThrownBy(() -> CharterArchitecture.forRootPackage(root))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMistypedRootFailsTheRulesThatCoverEveryClass() {
      CharterArchitecture mistyped = CharterArchitecture.forRootPackage("com.acme.assistant");
      JavaClasses good = importFixture("good");

      assertThatThrownBy(() -> mistyped.noCycles().check(good))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("failed to check any classes");
      assertThatThrownBy(() -> mistyped.namingConventions().check(good))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("failed to check any classes");
    }

    @Test
    void importProductionClassesLeavesOutTestClasses() {
      JavaClasses classes =
          CharterArchitecture.forRootPackage("dev.charter.testkit.architecture")
              .importProductionClasses();

      assertThat(classes.contain(CharterArchitecture.class)).isTrue();
      assertThat(classes.contain(CharterArchitectureTest.class)).isFalse();
      assertThat(classes.stream().map(JavaClass::getPackageName))
          .noneMatch(name -> name.startsWith(FIXTURES));
    }
  }

  private static Map<String, ArchRule> rulesByName(CharterArchitecture architecture) {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    rules.put("domainIsPure", architecture.domainIsPure());
    rules.put("applicationDependsOnlyOnDomain", architecture.applicationDependsOnlyOnDomain());
    rules.put("dependenciesPointInward", architecture.dependenciesPointInward());
    rules.put("adaptersAreIndependent", architecture.adaptersAreIndependent());
    rules.put("portsAreInterfaces", architecture.portsAreInterfaces());
    rules.put("noCycles", architecture.noCycles());
    rules.put("namingConventions", architecture.namingConventions());
    return rules;
  }

  /** The names of the rules the fixture violates, in alphabetical order. */
  private static Set<String> violatedRules(String fixture) {
    JavaClasses classes = importFixture(fixture);
    return rulesByName(CharterArchitecture.forRootPackage(FIXTURES + "." + fixture))
        .entrySet().stream()
        .filter(rule -> rule.getValue().evaluate(classes).hasViolation())
        .map(Map.Entry::getKey)
        .collect(toCollection(TreeSet::new));
  }

  private static String report(
      String fixture, Function<CharterArchitecture, ArchRule> rule) {
    ArchRule chosen = rule.apply(CharterArchitecture.forRootPackage(FIXTURES + "." + fixture));
    return chosen.evaluate(importFixture(fixture)).getFailureReport().toString();
  }

  /** Fixtures are test classes, so they are imported without leaving test classes out. */
  private static JavaClasses importFixture(String fixture) {
    JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + "." + fixture);
    assertThat(classes).as("classes of fixture %s", fixture).isNotEmpty();
    return classes;
  }
}
