package com.salesbot.config.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Discord adapter is one more hexagon edge: it sees the core and JDA, never another adapter or Spring. */
class DiscordBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importTheAdapter() {
        // Once per class: importing resolves JDA's class graph, which takes seconds.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salesbot.adapter.discord");
    }

    @Test
    void theDiscordAdapterIsOnTheClasspathSoTheRuleIsNotVacuous() {
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().equals("com.salesbot.adapter.discord")))
                .isTrue();
    }

    @Test
    void theDiscordAdapterDependsOnNoOtherAdapterNorTheNluNorTheWiring() {
        noClasses()
                .that()
                .resideInAPackage("com.salesbot.adapter.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.salesbot.adapter.console..",
                        "com.salesbot.adapter.mongo..",
                        "com.salesbot.adapter.slack..",
                        "com.salesbot.nlp..",
                        "com.salesbot.config..",
                        "org.springframework..",
                        "com.mongodb..")
                .check(classes);
    }
}
