package com.salesbot.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon across modules: adapters never see each other, and nothing but config sees Spring wiring. */
class ModuleBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importEverything() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salesbot");
    }

    @Test
    void everyModuleIsOnTheClasspathSoTheRulesAreNotVacuous() {
        for (String pkg : new String[] {
            "com.salesbot.core", "com.salesbot.nlp", "com.salesbot.adapter.console", "com.salesbot.adapter.mongo"
        }) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes in " + pkg)
                    .isTrue();
        }
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("com.salesbot.adapter.console..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.salesbot.adapter.mongo..",
                        "com.salesbot.adapter.slack..",
                        "com.salesbot.adapter.discord..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("com.salesbot.adapter.mongo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.salesbot.adapter.console..",
                        "com.salesbot.adapter.slack..",
                        "com.salesbot.adapter.discord..")
                .check(classes);
    }

    @Test
    void coreAndNluDoNotDependOnAdaptersOrWiring() {
        noClasses()
                .that()
                .resideInAnyPackage("com.salesbot.core..", "com.salesbot.nlp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.salesbot.adapter..", "com.salesbot.config..", "org.springframework..")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnTheNluOrWiring() {
        noClasses()
                .that()
                .resideInAPackage("com.salesbot.adapter..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.salesbot.nlp..", "com.salesbot.config..", "org.springframework..")
                .check(classes);
    }

    @Test
    void theSlackAdapterIsOnTheClasspathAndDependsOnNoOtherAdapter() {
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.salesbot.adapter.slack")))
                .as("classes in com.salesbot.adapter.slack")
                .isTrue();
        noClasses()
                .that()
                .resideInAPackage("com.salesbot.adapter.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.salesbot.adapter.console..",
                        "com.salesbot.adapter.mongo..",
                        "com.salesbot.adapter.discord..")
                .check(classes);
    }
}
