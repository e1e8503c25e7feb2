package com.salesbot.nlp.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.nlp.Nlu;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Property-based check of the contract's promise that {@code parse} never crashes: for generated
 * hostile text, the default parser returns, and its reading is contract-shaped. Each property prints
 * how many inputs it tried; on a failure QuickTheories prints the shrunk input and the seed, and
 * {@code -DQT_SEED=<seed>} replays the run.
 */
class ParserRobustnessTest {
    // Generous: a 40,000-character message parses in milliseconds; only a runaway loop takes this long.
    private static final Duration PER_PARSE = Duration.ofSeconds(10);
    private static IntentParser parser;

    @BeforeAll
    static void loadTheParserTheAppShips() {
        parser = Nlu.defaultParser();
        System.out.println(
                "robustness: parser under test is " + parser.getClass().getSimpleName());
    }

    @Test
    void anyChatTextGivesAContractShapedReading() {
        assertContractShapedForAll("any chat text", ChatTextGen.message(), 1_000);
    }

    @Test
    void mixedHanAndLatinTextGetsTheContractsLanguage() {
        assertContractShapedForAll("mixed scripts", ChatTextGen.mixedScripts(), 400);
    }

    @Test
    void textDenseInMentionAmountAndDateCharactersGivesAContractShapedReading() {
        assertContractShapedForAll("dense <@万k digits", ChatTextGen.dense(0, 300), 400);
    }

    @Test
    void textUpToSlacksFortyThousandCharactersGivesAContractShapedReading() {
        assertContractShapedForAll("huge (≤ 40,000 chars)", ChatTextGen.huge(), 25);
    }

    @Test
    void fortyThousandCharactersDenseInMentionAmountAndDateCharactersGivesAContractShapedReading() {
        assertContractShapedForAll(
                "huge dense <@万k digits", ChatTextGen.dense(ChatTextGen.SLACK_MAX / 2, ChatTextGen.SLACK_MAX), 15);
    }

    // Inputs that broke a parser once, tried on every run rather than left to the random generator.
    @Test
    void knownHostileInputsGiveAContractShapedReading() {
        BoundedParser bounded = new BoundedParser(parser, PER_PARSE);
        List<String> hostile = List.of(
                "\uD801\uDCA0", // OSMANYA DIGIT ZERO: a digit outside the BMP once made the tokenizer loop forever
                "sale 12\uD801\uDCA1k to Acme",
                "\u0000",
                "\uD800",
                "\uDFFF\uD800",
                "<@",
                "<".repeat(ChatTextGen.SLACK_MAX),
                "万".repeat(ChatTextGen.SLACK_MAX),
                "9".repeat(ChatTextGen.SLACK_MAX),
                "in 99999999 days",
                "👨‍👩‍👧‍👦 closed $1.5M with 华为技术 下周二 3pm");
        for (String text : hostile) {
            for (ZonedDateTime now : ChatTextGen.NOWS) {
                ContractShape.assertContractShaped(text, bounded.parse(text, now));
            }
        }
    }

    @Test
    void emptyOrWhitespaceOnlyTextIsUnknownWithNoEntities() {
        AtomicInteger tries = new AtomicInteger();
        BoundedParser bounded = new BoundedParser(parser, PER_PARSE);
        qt().withExamples(300)
                .withShrinkCycles(200)
                .forAll(ChatTextGen.whitespaceOnly().describedAs(ChatTextGen::describe), ChatTextGen.now())
                .checkAssert((text, now) -> {
                    tries.incrementAndGet();
                    ParsedMessage parsed = bounded.parse(text, now);
                    ContractShape.assertContractShaped(text, parsed);
                    assertThat(parsed.intent().contractName()).isEqualTo("unknown");
                    assertThat(parsed.entities().values()).isEmpty();
                });
        report("whitespace only", tries, 300);
    }

    private static void assertContractShapedForAll(String property, Gen<String> texts, int examples) {
        AtomicInteger tries = new AtomicInteger();
        BoundedParser bounded = new BoundedParser(parser, PER_PARSE);
        qt().withExamples(examples)
                // Shrinking a 40,000-character input for long would stall the build; a few hundred steps suffice.
                .withShrinkCycles(300)
                .forAll(texts.describedAs(ChatTextGen::describe), ChatTextGen.now())
                .checkAssert((text, now) -> {
                    tries.incrementAndGet();
                    ContractShape.assertContractShaped(text, bounded.parse(text, now));
                });
        report(property, tries, examples);
    }

    // The count proves the property ran on the inputs it claims, not on none. QuickTheories does not
    // re-run a value it has already tried (the empty string comes up more than once), so a few fewer is fine.
    private static void report(String property, AtomicInteger tries, int examples) {
        System.out.printf("robustness: %s: tries = %d of %d requested%n", property, tries.get(), examples);
        assertThat(tries.get()).as("inputs tried").isBetween(examples * 9 / 10, examples);
    }
}
