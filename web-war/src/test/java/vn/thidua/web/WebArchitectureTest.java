package vn.thidua.web;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessField;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethodWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Query;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TypedQuery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of the web tier (issue 10), stated as tests: pages and the API reach
 * the business through the areas' services only. docs/ARCHITECTURE.md explains the rules.
 * Only main classes of web-war ({@code vn.thidua.web..}) are imported.
 */
class WebArchitectureTest {

    private static final String WEB = "vn.thidua.web";

    /** Size limit of a backing bean: past it a bean is two pages' worth (issue 10). */
    private static final int BEAN_MAX_LINES = 300;

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(WEB);
    }

    // ---- rule 3: no persistence and no internal package in the web ----

    @Test
    void webNeverUsesTheEntityManager() {
        ArchRule rule = noClasses().that().resideInAPackage(WEB + "..")
                .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, EntityManagerFactory.class,
                        Query.class, TypedQuery.class, StoredProcedureQuery.class,
                        PersistenceContext.class, PersistenceUnit.class)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence.criteria..")
                .as("web classes should not use the EntityManager, its factory, queries or criteria")
                .because("the services are the transaction boundary and the only place where data is read "
                        + "and written; pages and the API show view records the services return");
        rule.check(classes);
    }

    @Test
    void webNeverUsesAnAreasInternalPackage() {
        ArchRule rule = noClasses().that().resideInAPackage(WEB + "..")
                .should().dependOnClassesThat().resideInAPackage("vn.thidua.*.internal..")
                .as("web classes should not use any vn.thidua.*.internal package")
                .because("an area's internal package is private to the area; the web calls its service package");
        rule.check(classes);
    }

    // ---- rule 5: no standard streams, no printStackTrace ----

    @Test
    void noStandardStreamsOrPrintStackTrace() {
        ArchRule rule = noClasses().should(USE_STANDARD_STREAMS)
                .because("the portal logs through java.util.logging (server log, levels, never a ballot's "
                        + "content); System.out/err and printStackTrace bypass it");
        rule.check(classes);
    }

    // ---- rule 6: size ----

    @Test
    void noBackingBeanOverSizeLimit() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(p -> p.getFileName().toString().endsWith("Bean.java"))
                    .map(p -> new Object[] {sources.relativize(p), lines(p)})
                    .filter(a -> (int) a[1] > BEAN_MAX_LINES)
                    .map(a -> a[0] + " has " + a[1] + " lines")
                    .sorted().toList();
        }
        assertTrue(tooLong.isEmpty(), "Rule 'no backing bean (*Bean) has more than " + BEAN_MAX_LINES
                + " source lines' was violated (" + tooLong.size() + " times); a bean that long is two "
                + "pages' worth, split the page:\n" + String.join("\n", tooLong));
    }

    // ---- helpers ----

    private static final ArchCondition<JavaClass> USE_STANDARD_STREAMS =
            accessField(System.class, "out")
                    .or(accessField(System.class, "err"))
                    .or(callMethodWhere(target(name("printStackTrace"))
                            .and(target(owner(assignableTo(Throwable.class))))))
                    .as("use System.out, System.err or Throwable.printStackTrace()");

    private static int lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
