package com.salesbot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core is plain Java: it depends on the JDK and itself only, and its feature packages form no
 * cycles. Rules run on the main classes only (test fakes may use test libraries).
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.salesbot.core");

    private static final ArchRule NO_CYCLES =
            slices().matching("com.salesbot.core.(*)..").should().beFreeOfCycles();

    @Test
    void importsTheWholeCoreSoNoRuleCanPassVacuously() {
        Set<String> packages = CORE.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

        assertThat(CORE.size()).isGreaterThan(50);
        assertThat(packages)
                .contains(
                        "com.salesbot.core.conversation",
                        "com.salesbot.core.kernel",
                        "com.salesbot.core.skill",
                        "com.salesbot.core.visit",
                        "com.salesbot.core.sale",
                        "com.salesbot.core.target",
                        "com.salesbot.core.ranking")
                .doesNotContain("com.salesbot.core.fakes");
    }

    @Test
    void coreDependsOnlyOnTheJdkAndItself() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.salesbot.core..")
                .check(CORE);
    }

    @Test
    void coreUsesNoFrameworkDriverOrPlatformLibrary() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.mongodb..",
                        "org.bson..",
                        "com.slack..",
                        "net.dv8tion..",
                        "opennlp..",
                        "com.fasterxml..")
                .check(CORE);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        NO_CYCLES.check(CORE);
    }

    @Test
    void dependencyRuleFiresOnAClassThatUsesALibrary() {
        JavaClasses offender = new ClassFileImporter().importClasses(ArchitectureTest.class);

        assertThatThrownBy(() -> classes()
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage("java..", "com.salesbot.core..")
                        .check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.tngtech.archunit");
    }
}
