package dev.charter.testkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Charter layout as ArchUnit rules, for any root package.
 *
 * <p>The layout under a root package {@code <root>}:
 *
 * <ul>
 *   <li>{@code <root>.domain..}: the pure model; depends only on the JDK, Vavr and the Immutables
 *       annotations.
 *   <li>{@code <root>.application..}: inbound ports in {@code application.port.in}, outbound ports
 *       in {@code application.port.out}, services in {@code application.service}; depends only on
 *       the domain, the JDK, Vavr, the Immutables annotations and {@code jakarta.inject} / {@code
 *       javax.inject}.
 *   <li>{@code <root>.interchange..}: wire formats shared by transports; may use the application
 *       and the domain, never an adapter or bootstrap.
 *   <li>{@code <root>.adapter.<kind>.<tech>..}: one adapter per package (for example {@code
 *       adapter.storage.jdbc}); may use the application, the domain, interchange and its own
 *       technology, never another adapter and never bootstrap.
 *   <li>{@code <root>.bootstrap..}: the composition root, the only place that knows every adapter.
 * </ul>
 *
 * <p>Apply it in a test of the module that sees all your code (usually the one that wires it),
 * with plain JUnit 5:
 *
 * <pre>
 * class ArchitectureTest {
 *   private static final CharterArchitecture ARCHITECTURE =
 *       CharterArchitecture.forRootPackage("com.acme.assistant");
 *
 *   &#64;Test
 *   void followsTheCharterLayout() {
 *     ARCHITECTURE.checkAll(ARCHITECTURE.importProductionClasses());
 *   }
 * }
 * </pre>
 *
 * <p>or with ArchUnit's JUnit 5 support, which caches the imported classes between tests:
 *
 * <pre>
 * &#64;AnalyzeClasses(
 *     packages = "com.acme.assistant",
 *     importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   &#64;ArchTest
 *   void followsTheCharterLayout(JavaClasses classes) {
 *     CharterArchitecture.forRootPackage("com.acme.assistant").checkAll(classes);
 *   }
 * }
 * </pre>
 *
 * <p>Each rule is also available on its own (for example {@link #domainIsPure()}), to check it
 * separately or to add {@code ignoreDependency(...)} while a violation is being removed. Import
 * production classes only ({@link ImportOption.DoNotIncludeTests}): tests may cross rings on
 * purpose. On a large class path, put {@code resolveMissingDependenciesFromClassPath=false} in
 * {@code src/test/resources/archunit.properties}; the rules need only the names of classes outside
 * the root package, and the import becomes much faster.
 *
 * <p>Rules about one kind of class (domain, application, ports, adapters) pass when the project
 * has no class of that kind. {@link #noCycles()} and {@link #namingConventions()} apply to every
 * class under the root and fail when there is none, so a mistyped root package cannot pass
 * silently.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CharterArchitecture {

  private static final Pattern PACKAGE_NAME =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  private static final List<String> FORBIDDEN_NAME_SUFFIXES =
      List.of("Port", "Impl", "Manager", "Managers", "Helper", "Helpers", "Util", "Utils");

  /** Marks an Immutables value type; class retention, so visible in the bytecode. */
  private static final String IMMUTABLE = "org.immutables.value.Value$Immutable";

  /** Marks the implementation Immutables generates for a value type. */
  private static final String GENERATED = "org.immutables.value.Generated";

  private static final DescribedPredicate<JavaClass> VALUE_TYPES =
      DescribedPredicate.describe(
          "are values (records, enums, annotations or Immutables value types)",
          (JavaClass c) -> c.isRecord()
              || c.isEnum()
              || c.isAnnotation()
              || c.isMetaAnnotatedWith(IMMUTABLE)
              || c.isAnnotatedWith(GENERATED));

  private final String root;

  private CharterArchitecture(String root) {
    this.root = root;
  }

  /**
   * The rules for the Charter layout under {@code rootPackage}.
   *
   * @param rootPackage the package that holds {@code domain}, {@code application}, {@code
   *     interchange}, {@code adapter} and {@code bootstrap}, such as {@code "com.acme.assistant"}
   * @throws IllegalArgumentException if {@code rootPackage} is not a Java package name
   */
  public static CharterArchitecture forRootPackage(String rootPackage) {
    Objects.requireNonNull(rootPackage, "rootPackage");
    if (!PACKAGE_NAME.matcher(rootPackage).matches()) {
      throw new IllegalArgumentException("Not a Java package name: '" + rootPackage
          + "' (expected something like com.acme.assistant)");
    }
    return new CharterArchitecture(rootPackage);
  }

  /** The root package these rules describe. */
  public String rootPackage() {
    return root;
  }

  /**
   * Imports the production classes under the root package from the class path, leaving out test
   * classes.
   */
  public JavaClasses importProductionClasses() {
    return new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages(root);
  }

  /**
   * Classes in {@code <root>.domain..} depend only on the domain itself, the JDK (except JDBC, the
   * HTTP client, file access and logging), Vavr and the Immutables annotations.
   */
  public ArchRule domainIsPure() {
    DescribedPredicate<JavaClass> allowed =
        resideInAnyPackage(domain(), "java..", "io.vavr..", "org.immutables.value..")
            .and(not(resideInAnyPackage(
                "java.sql..", "java.net.http..", "java.nio.file..", "java.util.logging..")))
            .as("are in the domain, the JDK (but not java.sql, java.net.http, java.nio.file or"
                + " java.util.logging), Vavr or the Immutables annotations");
    return classes()
        .that().resideInAPackage(domain())
        .should().onlyDependOnClassesThat(allowed)
        .allowEmptyShould(true)
        .because("the domain is the pure model and rules: it does no I/O, uses no framework and"
            + " logs nothing, so it can be understood and tested on its own");
  }

  /**
   * Classes in {@code <root>.application..} depend only on the application itself, the domain,
   * the JDK (except JDBC and the HTTP client), Vavr, the Immutables annotations and the {@code
   * jakarta.inject} / {@code javax.inject} annotations: no adapter, interchange, Guice, JDBC or
   * HTTP.
   */
  public ArchRule applicationDependsOnlyOnDomain() {
    DescribedPredicate<JavaClass> allowed =
        resideInAnyPackage(
                application(), domain(), "java..", "io.vavr..", "org.immutables.value..",
                "jakarta.inject..", "javax.inject..")
            .and(not(resideInAnyPackage("java.sql..", "java.net.http..")))
            .as("are in the application, the domain, the JDK (but not java.sql or java.net.http),"
                + " Vavr, the Immutables annotations or jakarta.inject/javax.inject");
    return classes()
        .that().resideInAPackage(application())
        .should().onlyDependOnClassesThat(allowed)
        .allowEmptyShould(true)
        .because("use cases and ports say what the assistant needs, not how it is provided:"
            + " storage, transport, wiring and wire formats belong to adapters and bootstrap");
  }

  /**
   * Each adapter package {@code <root>.adapter.<kind>.<tech>..} is independent of every other, and
   * no class lives directly in {@code <root>.adapter} or {@code <root>.adapter.<kind>}, where
   * adapters could share code behind each other's backs.
   */
  public ArchRule adaptersAreIndependent() {
    ArchRule notDependingOnEachOther =
        slices()
            .matching(root + ".adapter.(*).(*)..")
            .namingSlices("adapter $1.$2")
            .should().notDependOnEachOther()
            .allowEmptyShould(true);
    ArchRule insideAnAdapterPackage =
        noClasses()
            .that().doNotHaveSimpleName("package-info")
            .should().resideInAnyPackage(root + ".adapter", root + ".adapter.*")
            .as("no classes should reside in " + root + ".adapter or " + root + ".adapter.<kind>,"
                + " only in an adapter package " + root + ".adapter.<kind>.<tech>")
            .allowEmptyShould(true);
    return CompositeArchRule.of(notDependingOnEachOther)
        .and(insideAnAdapterPackage)
        .because("each adapter puts one technology behind the application's ports and can be"
            + " replaced or left out alone; adapters meet only through those ports, wired by"
            + " bootstrap");
  }

  /**
   * Dependencies point inward: the domain uses no other ring; the application uses no adapter,
   * interchange or bootstrap; interchange uses no adapter or bootstrap; adapters never use
   * bootstrap. Only bootstrap may know every adapter.
   */
  public ArchRule dependenciesPointInward() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Domain").definedBy(domain())
        .layer("Application").definedBy(application())
        .layer("Interchange").definedBy(root + ".interchange..")
        .layer("Adapters").definedBy(root + ".adapter..")
        .layer("Bootstrap").definedBy(root + ".bootstrap..")
        .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
        .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Interchange").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Interchange", "Adapters", "Bootstrap")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Interchange", "Adapters", "Bootstrap")
        .because("the domain decides and adapters only fetch and store: every ring may use the"
            + " rings inside it and none outside, so the composition root alone knows every"
            + " adapter");
  }

  /**
   * Top-level types in {@code <root>.application.port.in..} and {@code
   * <root>.application.port.out..} are interfaces, except the values the ports carry: records,
   * enums, annotations, and Immutables value types (annotated or meta-annotated with
   * {@code @Value.Immutable}) with their generated implementations. Nested and anonymous classes,
   * such as a default implementation returned by a static factory, are not checked.
   */
  public ArchRule portsAreInterfaces() {
    return classes()
        .that().resideInAnyPackage(
            root + ".application.port.in..", root + ".application.port.out..")
        .and().areTopLevelClasses()
        .and(not(VALUE_TYPES))
        .should().beInterfaces()
        .as("ports in " + root + ".application.port.in and " + root
            + ".application.port.out should be interfaces")
        .allowEmptyShould(true)
        .because("a port is a contract that adapters implement and tests fake; a class there"
            + " would tie every caller to one implementation");
  }

  /**
   * No cycles between packages under the root, and none between its top-level packages (the
   * rings: {@code domain}, {@code application}, {@code interchange}, {@code adapter}, {@code
   * bootstrap} and any other).
   */
  public ArchRule noCycles() {
    ArchRule betweenRings =
        slices().matching(root + ".(*)..").namingSlices("ring $1").should().beFreeOfCycles();
    ArchRule betweenPackages =
        slices().matching(root + ".(**)").namingSlices("package $1").should().beFreeOfCycles();
    return CompositeArchRule.of(betweenRings)
        .and(betweenPackages)
        .because("packages in a cycle can only be understood, tested and changed together, and"
            + " a cycle between rings means some dependency points outward");
  }

  /**
   * No class under the root has a simple name ending in {@code Port}, {@code Impl}, {@code
   * Manager}, {@code Helper} or {@code Util} (or their plurals).
   */
  public ArchRule namingConventions() {
    var should =
        noClasses().that().resideInAPackage(root + "..")
            .should().haveSimpleNameEndingWith(FORBIDDEN_NAME_SUFFIXES.get(0));
    for (String suffix : FORBIDDEN_NAME_SUFFIXES.subList(1, FORBIDDEN_NAME_SUFFIXES.size())) {
      should = should.orShould().haveSimpleNameEndingWith(suffix);
    }
    return should
        .as("no classes in " + root + ".. should have a name ending in "
            + String.join(", ", FORBIDDEN_NAME_SUFFIXES))
        .because("the package already says which side a port is on, and a class should be"
            + " named for what it does; a name that needs Impl, Manager, Helper or Util means"
            + " its idea is not clear yet");
  }

  /** Every rule, in the order they are best read when several fail. */
  public List<ArchRule> all() {
    return List.of(
        domainIsPure(),
        applicationDependsOnlyOnDomain(),
        dependenciesPointInward(),
        adaptersAreIndependent(),
        portsAreInterfaces(),
        noCycles(),
        namingConventions());
  }

  /**
   * Checks every rule against {@code classes} and reports every violated rule at once.
   *
   * @throws AssertionError listing each violated rule with its violations, or saying that no
   *     class under the root package was imported
   */
  public void checkAll(JavaClasses classes) {
    Objects.requireNonNull(classes, "classes");
    boolean anyUnderRoot =
        classes.stream()
            .anyMatch(c -> c.getPackageName().equals(root)
                || c.getPackageName().startsWith(root + "."));
    if (!anyUnderRoot) {
      throw new AssertionError("No class under " + root + " was imported, so no rule could be"
          + " checked: import the package " + root + " (or pass the right root package)");
    }
    List<ArchRule> rules = all();
    List<String> failures =
        rules.stream()
            .map(rule -> rule.evaluate(classes))
            .filter(EvaluationResult::hasViolation)
            .map(result -> result.getFailureReport().toString())
            .collect(Collectors.toList());
    if (!failures.isEmpty()) {
      throw new AssertionError(
          failures.size() + " of " + rules.size() + " Charter architecture rules for " + root
              + " were violated:\n\n" + String.join("\n\n", failures));
    }
  }

  @Override
  public String toString() {
    return "CharterArchitecture[" + root + "]";
  }

  private String domain() {
    return root + ".domain..";
  }

  private String application() {
    return root + ".application..";
  }
}
