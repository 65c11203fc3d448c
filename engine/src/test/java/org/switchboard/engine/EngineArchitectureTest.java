package org.switchboard.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The engine's architecture as tests (style guide §9): a plain library with no framework, no console output, no
 * cycles between capabilities, and {@code internal} packages private to their capability.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineArchitectureTest {

    private static final String ENGINE = "org.switchboard.engine";

    private JavaClasses engine;

    @BeforeAll
    void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ENGINE);
    }

    @Test
    void engineIsNotEmpty() {
        // Guards the rules below against passing vacuously because nothing was imported.
        assertThat(engine.stream().map(JavaClass::getPackageName).distinct())
                .contains(ENGINE + ".core", ENGINE + ".demo", ENGINE + ".demo.internal");
    }

    @Test
    void engineDependsOnNoFrameworkServletOrDatabaseApi() {
        noClasses()
                .that()
                .resideInAPackage(ENGINE + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..")
                .because("the engine is a plain library that runs inside Spark, Flink and the server alike")
                .check(engine);
    }

    @Test
    void engineWritesNothingToStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(engine);
    }

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching(ENGINE + ".(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnCapability() {
        classes()
                .that()
                .resideInAPackage(ENGINE + ".*.internal..")
                .should(beAccessedOnlyFromTheirOwnCapability())
                .check(engine);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnCapability() {
        return new ArchCondition<>("be accessed only from their own capability") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                var owner = capabilityOf(internal);
                for (var dependency : internal.getDirectDependenciesToSelf()) {
                    var origin = dependency.getOriginClass();
                    if (!capabilityOf(origin).equals(owner)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@return the capability segment after {@code org.switchboard.engine.}, empty for classes outside the engine} */
    private static Optional<String> capabilityOf(JavaClass javaClass) {
        var name = javaClass.getPackageName();
        if (!name.startsWith(ENGINE + ".")) {
            return Optional.empty();
        }
        var rest = name.substring(ENGINE.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
