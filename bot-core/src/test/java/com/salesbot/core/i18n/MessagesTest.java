package com.salesbot.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.skill.SkillSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both bundles say the same things, and every key the code asks for exists. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** A string literal shaped like a message key: dotted lower-case words, e.g. "visit.logged.contact". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z_]*(?:\\.[a-z_]+)+)\"");

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private final Messages messages = Messages.load();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(messages.keys(Lang.ZH)).containsExactlyInAnyOrderElementsOf(messages.keys(Lang.EN));
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        List<String> mismatches = new ArrayList<>();
        for (String key : messages.keys(Lang.EN)) {
            Set<String> en = placeholders(messages.find(Lang.EN, key).orElseThrow());
            Set<String> zh = placeholders(messages.find(Lang.ZH, key).orElse(""));
            if (!en.equals(zh)) {
                mismatches.add(key + ": en " + en + " zh " + zh);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyKeyLiteralInTheMainCodeExists() throws IOException {
        assertThat(MAIN_SOURCES).as("tests run from the bot-core module").isDirectory();
        Set<String> referenced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    referenced.add(m.group(1));
                }
            }
        }

        assertThat(referenced).as("the scan found the code's keys").contains("visit.logged", "error.store_unavailable");
        assertThat(referenced).allSatisfy(this::existsInBothLanguages);
    }

    @Test
    void everyComputedKeyExists() {
        List<SkillSpec> specs = TestWorld.create().catalog().specs();
        List<String> keys = new ArrayList<>();
        specs.forEach(s -> keys.add(s.descriptionKey()));
        specs.forEach(s -> s.requiredEntities().forEach(e -> keys.add("ask." + e)));
        Stream.of(Metric.values()).forEach(m -> keys.add("metric." + m.code()));
        Stream.of(Role.values()).forEach(r -> keys.add("role." + r.code()));
        Stream.of(EntryKind.values()).forEach(k -> keys.add(k.messageKey()));

        assertThat(keys).hasSizeGreaterThan(20).allSatisfy(this::existsInBothLanguages);
    }

    @Test
    void chineseTextIsTranslatedUnlessItIsOnlySymbols() {
        List<String> untranslated = messages.keys(Lang.EN).stream()
                .filter(k -> messages.find(Lang.EN, k).equals(messages.find(Lang.ZH, k)))
                .filter(k -> !messages.find(Lang.EN, k).orElseThrow().matches("[\\p{P}\\p{S}\\p{N}\\s{}]*"))
                .collect(Collectors.toList());

        assertThat(untranslated).isEmpty();
    }

    @Test
    void chineseBundleIsReadAsUtf8() {
        assertThat(messages.get(Lang.ZH, "choice.undo")).isEqualTo("撤销");
    }

    @Test
    void placeholdersAreFilledInOrderAndArgumentsInsertedVerbatim() {
        assertThat(messages.get(Lang.EN, "visit.logged", "{1} Labs", "2026-11-27"))
                .isEqualTo("Logged your visit to {1} Labs on 2026-11-27.");
        assertThat(messages.get(Lang.ZH, "sale.logged", "$5", "A$B\\C", "2026-11-27"))
                .isEqualTo("已记录成交：A$B\\C，$5，日期 2026-11-27。");
        assertThat(messages.get(Lang.EN, "ranking.your_place", 2)).isEqualTo("You are #2 of {1}.");
    }

    @Test
    void unknownKeyIsAProgrammingError() {
        assertThat(messages.find(Lang.EN, "no.such.key")).isEmpty();
        assertThatThrownBy(() -> messages.get(Lang.ZH, "no.such.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.key");
    }

    private void existsInBothLanguages(String key) {
        assertThat(messages.find(Lang.EN, key)).as("en " + key).isPresent();
        assertThat(messages.find(Lang.ZH, key)).as("zh " + key).isPresent();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
