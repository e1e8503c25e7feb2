package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.train.CorpusExample;
import com.salesbot.nlp.train.CorpusReader;
import com.salesbot.nlp.train.TrainCommand;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The filtered patterns find exactly what the patterns as written find, only faster. */
class FirstCharFilterTest {
    private static final List<Class<?>> RULE_HOLDERS = List.of(
            AmountNormalizer.class,
            AwayDays.class,
            DateTimeResolver.class,
            EntityExtractor.class,
            MentionExtractor.class,
            MetricNormalizer.class,
            NameExtractor.class,
            PeriodResolver.class,
            PersonNameExtractor.class,
            RecurrenceNormalizer.class,
            StageNormalizer.class);

    @Test
    void everyRuleFindsTheSameMatchesWithAndWithoutTheFilterOnEveryHeldOutMessage() throws Exception {
        Map<String, CuedPattern> rules = rules();
        assertThat(rules).hasSizeGreaterThan(100);
        List<String> messages = heldOutMessages();
        // and some text around the characters the filter treats specially
        Random random = new Random(7);
        String[] pieces = {" ", "a", "Visit", "met ", "@", "<@U1>", ":", "-", "/", "5", "万", "下周", "的", "\n", "é", "'"};
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            messages.add(text.toString());
        }
        for (Map.Entry<String, CuedPattern> rule : rules.entrySet()) {
            Pattern written = Pattern.compile(rule.getValue().regex());
            Pattern filtered = rule.getValue().pattern();
            for (String message : messages) {
                assertThat(matches(filtered, message))
                        .as("%s on %s", rule.getKey(), message)
                        .isEqualTo(matches(written, message));
            }
        }
    }

    @Test
    void aRuleSkipsTheLettersNoneOfItsWordsStartWith() {
        Pattern filtered = FirstCharFilter.compile("(?i)\\b(?:visited|met\\s+with)\\s+");
        assertThat(filtered.pattern()).startsWith("(?=[");
        assertThat(matches(filtered, "We VISITED Acme, then met with Bob")).containsExactly("3-11", "22-31");
    }

    @Test
    void aRuleThatNeedsACharacterBeforeItStillFindsItsMatch() {
        Pattern filtered = FirstCharFilter.compile("(?<=@)x+|(?<=说)y");
        assertThat(matches(filtered, "@xx 说y")).containsExactly("1-3", "5-6");
    }

    @Test
    void aRuleThatCanMatchNothingAtTheEndIsLeftAsWritten() {
        assertThat(FirstCharFilter.compile("a*$").pattern()).isEqualTo("a*$");
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }

    private static Map<String, CuedPattern> rules() throws IllegalAccessException, ReflectiveOperationException {
        Map<String, CuedPattern> rules = new LinkedHashMap<>();
        for (Class<?> holder : RULE_HOLDERS) {
            for (Field field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    collect(holder.getSimpleName() + "." + field.getName(), field.get(null), rules);
                }
            }
        }
        return rules;
    }

    private static void collect(String name, Object value, Map<String, CuedPattern> rules)
            throws ReflectiveOperationException {
        if (value instanceof CuedPattern rule) {
            rules.put(name, rule);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(name + "[" + i + "]", list.get(i), rules);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                if (accessor.invoke(value) instanceof CuedPattern rule) {
                    rules.put(name, rule);
                }
            }
        }
    }

    private static List<String> heldOutMessages() throws IOException {
        Path corpus = Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("nlp-models", "corpus");
        List<String> messages = new ArrayList<>();
        for (CorpusExample example : CorpusReader.read(TrainCommand.jsonlFiles(corpus.resolve("heldout")))) {
            messages.add(example.text());
        }
        return messages;
    }
}
