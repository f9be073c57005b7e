package org.mednumlod.site;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module and package rules of {@code docs/conventions.md}, over the main classes of every module (the site's
 * test classpath holds them all; tests are not checked). Written by pattern, not by listing today's packages, so
 * that a new package falls under them at once.
 *
 * <p>In {@code site}, every package directly under {@code org.mednumlod.site} is one of:
 * <ul>
 *   <li>an <b>entry point</b> ({@link #ENTRY_POINTS}, and the root package itself: the application, its
 *       properties, the launcher): wires everything, may use anything;</li>
 *   <li><b>infrastructure</b> ({@link #INFRASTRUCTURE}): HTTP plumbing and documents ({@code web}), the page cache
 *       ({@code cache}), the JSON-LD context ({@code context}), the served release ({@code store}), the SPARQL
 *       endpoint's Spring glue ({@code sparql}, {@code endpoint}), the typed configuration ({@code config}). It
 *       serves every feature and knows none;</li>
 *   <li>a <b>feature</b>: any other package ({@code place}, {@code territory}, {@code orientation}, {@code map},
 *       {@code report}, {@code hours}…). A feature uses another feature only through its <b>declared facade</b>:
 *       types that are {@code public} and named by a {@code {@link …}} in the Javadoc of their package's
 *       {@code package-info.java} (for a nested type, the type or its outermost class). A lower feature that
 *       must reach a higher one owns an interface that the higher one implements
 *       ({@code place.PlacePageSection}).</li>
 * </ul>
 */
class ArchitectureTest {
    static final String SITE = "org.mednumlod.site";
    /** Packages of {@code site} that serve every feature and may use none. */
    static final Set<String> INFRASTRUCTURE =
            Set.of("web", "cache", "context", "store", "sparql", "endpoint", "config");
    /** Packages of {@code site} that start the application or the command line: they may use anything. */
    static final Set<String> ENTRY_POINTS = Set.of("", "cli");
    /**
     * Dependencies of infrastructure on a feature, known and to be removed. Origin package → target class. This list
     * only shrinks. The SPARQL functions moved into {@code sparql-endpoint} (issue 20, item 1) and are given the
     * opening-hours evaluator by the Spring glue of {@code sparql}; the evaluator ({@code hours}) is to follow them
     * down so that the glue no longer reaches into a feature.
     */
    static final Map<String, Set<String>> KNOWN_INFRASTRUCTURE_TO_FEATURE =
            Map.of("sparql", Set.of(SITE + ".hours.OpeningHours"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mednumlod");
    /** Where the site's sources are: Maven runs the module's tests in the module's folder. */
    private static final Path SOURCES = Path.of("src/main/java");

    private static final Map<String, Optional<String>> PACKAGE_INFOS = new ConcurrentHashMap<>();

    @Test
    void modulesPointOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("ontology")
                .definedBy("org.mednumlod.ontology..")
                .layer("shapes")
                .definedBy("org.mednumlod.shapes..")
                .layer("converters")
                .definedBy("org.mednumlod.converters..")
                .layer("sparql-endpoint")
                .definedBy("org.mednumlod.endpoint..")
                .layer("site")
                .definedBy(SITE + "..")
                .whereLayer("ontology")
                .mayNotAccessAnyLayer()
                .whereLayer("shapes")
                .mayOnlyAccessLayers("ontology")
                .whereLayer("converters")
                .mayOnlyAccessLayers("ontology", "shapes")
                .whereLayer("sparql-endpoint")
                .mayOnlyAccessLayers("ontology", "shapes", "converters")
                .check(CLASSES);
    }

    @Test
    void everyClassBelongsToAModule() {
        classes()
                .should()
                .resideInAnyPackage(
                        "org.mednumlod.ontology..",
                        "org.mednumlod.shapes..",
                        "org.mednumlod.converters..",
                        "org.mednumlod.endpoint..",
                        SITE + "..")
                .because("a package outside the five modules has no place in the rules above")
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"site", "endpoint", "converters", "shapes", "ontology"})
    void noPackageCycles(String module) {
        slices().matching("org.mednumlod." + module + ".(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void infrastructureUsesNoFeature() {
        classes()
                .that(describe("are in an infrastructure package of site", (JavaClass c) -> isInfrastructure(c)))
                .should(useNoFeature())
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void featuresUseEachOtherOnlyThroughTheirDeclaredFacade() {
        classes()
                .that(describe("are in a feature package of site", (JavaClass c) -> isFeature(c)))
                .should(useOtherFeaturesThroughTheirFacade())
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> useNoFeature() {
        return new ArchCondition<>("use no feature package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Set<String> known = KNOWN_INFRASTRUCTURE_TO_FEATURE.getOrDefault(sitePackage(origin), Set.of());
                Map<JavaClass, Dependency> targets = new LinkedHashMap<>();
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (isFeature(target) && !known.contains(target.getName())) {
                        targets.putIfAbsent(target, d);
                    }
                }
                targets.forEach((target, d) -> events.add(SimpleConditionEvent.violated(
                        d,
                        origin.getName() + " uses feature class " + target.getName() + " (first: " + d.getDescription()
                                + ")")));
            }
        };
    }

    private static ArchCondition<JavaClass> useOtherFeaturesThroughTheirFacade() {
        return new ArchCondition<>("use another feature only through public types its package-info names") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = sitePackage(origin);
                Map<JavaClass, Dependency> targets = new LinkedHashMap<>();
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (isFeature(target) && !sitePackage(target).equals(own)) {
                        targets.putIfAbsent(target, d);
                    }
                }
                targets.forEach((target, d) -> {
                    String problem = facadeProblem(target);
                    if (problem != null) {
                        events.add(SimpleConditionEvent.violated(
                                d,
                                origin.getName() + " uses " + target.getName() + ", but " + problem + " (first: "
                                        + d.getDescription() + ")"));
                    }
                });
            }
        };
    }

    /** Why {@code target} is not part of its feature's declared facade, or null when it is. */
    static String facadeProblem(JavaClass target) {
        JavaClass outermost = target;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        if (!target.getModifiers().contains(JavaModifier.PUBLIC)) {
            return "it is not public";
        }
        String pkg = target.getPackageName();
        Optional<String> info = PACKAGE_INFOS.computeIfAbsent(pkg, ArchitectureTest::packageInfo);
        if (info.isEmpty()) {
            return "its package has no package-info.java declaring its facade";
        }
        if (!names(info.get(), target.getSimpleName()) && !names(info.get(), outermost.getSimpleName())) {
            return "its package-info.java names it by no {@link}";
        }
        return null;
    }

    private static boolean names(String packageInfo, String simpleName) {
        return Pattern.compile("\\{@link(?:plain)?\\s+(?:[\\w.]+\\.)?" + Pattern.quote(simpleName) + "(?=[\\s}#(])")
                .matcher(packageInfo)
                .find();
    }

    private static Optional<String> packageInfo(String pkg) {
        Path file = SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package of {@code site} a class belongs to ("" for the root package), or null outside {@code site}. */
    static String sitePackage(JavaClass c) {
        String pkg = c.getPackageName();
        if (pkg.equals(SITE)) {
            return "";
        }
        if (!pkg.startsWith(SITE + ".")) {
            return null;
        }
        String rest = pkg.substring(SITE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isInfrastructure(JavaClass c) {
        String pkg = sitePackage(c);
        return pkg != null && INFRASTRUCTURE.contains(pkg);
    }

    static boolean isFeature(JavaClass c) {
        String pkg = sitePackage(c);
        return pkg != null && !INFRASTRUCTURE.contains(pkg) && !ENTRY_POINTS.contains(pkg);
    }
}
