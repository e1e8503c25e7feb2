package com.salesbot.nlp.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.nlp.cli.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The NLU contract's output shape, checked from the outside: written down here from
 * {@code nlu-contract.md} rather than read from the production enums, so a rename cannot make the
 * check agree with itself.
 */
final class ContractShape {
    static final Set<String> INTENTS = Set.of(
            "log_visit",
            "log_sale",
            "update_deal",
            "my_target",
            "set_target",
            "team_ranking",
            "stats_query",
            "daily_report",
            "missing_reports",
            "set_reminder",
            "list_reminders",
            "cancel_reminder",
            "give_kudos",
            "customer_info",
            "log_competitor",
            "my_commission",
            "undo",
            "help",
            "smalltalk",
            "unknown");

    static final Set<String> ENTITY_KEYS = Set.of(
            "customer",
            "contact",
            "competitor",
            "amount",
            "currency",
            "metric",
            "period",
            "when",
            "follow_up",
            "recurrence",
            "persons",
            "stage");

    private static final Set<String> METRICS = Set.of("sales", "visits", "deals", "kudos");
    private static final Set<String> STAGES = Set.of("lead", "qualified", "proposal", "negotiation", "won", "lost");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final String DAY = "(MO|TU|WE|TH|FR|SA|SU)";
    private static final Pattern RRULE = Pattern.compile(
            "FREQ=(DAILY|WEEKLY|MONTHLY)(;BYDAY=" + DAY + "(," + DAY + ")*)?(;BYMONTHDAY=\\d+)?(;INTERVAL=\\d+)?");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractShape() {}

    /** Asserts everything the contract promises about the reading of {@code text}. */
    static void assertContractShaped(String text, ParsedMessage parsed) {
        String intent = parsed.intent().contractName();
        assertThat(INTENTS).as("intent").contains(intent);
        assertThat(parsed.confidence()).as("confidence").isNotNaN().isBetween(0.0, 1.0);
        String expectedLang = LanguageDetector.detect(text).code();
        assertThat(parsed.lang().code()).as("lang").isIn("en", "zh").isEqualTo(expectedLang);

        String line = ContractJson.line(parsed);
        assertJsonLine(line);
        JsonNode root = read(line);
        assertThat(root.get("intent").asText()).isEqualTo(intent);
        assertThat(root.get("lang").asText()).isEqualTo(expectedLang);
    }

    /** Asserts one {@code parse} output line is a single contract-shaped JSON object. */
    static void assertJsonLine(String line) {
        assertThat(line).as("one JSON Lines record").doesNotContain("\n", "\r");
        JsonNode root = read(line);
        assertThat(root.isObject()).as("top level is an object: %s", line).isTrue();
        assertThat(fieldNames(root)).containsExactlyInAnyOrder("intent", "confidence", "lang", "entities");
        assertThat(INTENTS).contains(root.get("intent").asText());
        JsonNode confidence = root.get("confidence");
        assertThat(confidence.isNumber()).as("confidence is a number").isTrue();
        assertThat(confidence.asDouble()).isBetween(0.0, 1.0);
        assertThat(root.get("lang").asText()).isIn("en", "zh");
        JsonNode entities = root.get("entities");
        assertThat(entities.isObject()).as("entities is an object").isTrue();
        assertThat(ENTITY_KEYS).as("entity keys of %s", line).containsAll(fieldNames(entities));
        entities.properties().forEach(e -> assertEntity(e.getKey(), e.getValue()));
        rawAmount(line)
                .ifPresent(raw ->
                        assertThat(raw).as("amount is written plain, in units").matches(PLAIN_NUMBER));
    }

    private static void assertEntity(String key, JsonNode value) {
        switch (key) {
            case "customer", "contact", "competitor" -> {
                assertThat(value.isTextual()).as(key + " is a string").isTrue();
                assertThat(value.asText())
                        .as(key)
                        .isNotBlank()
                        .isEqualTo(value.asText().strip());
            }
            case "amount" ->
                assertThat(value.isNumber()).as("amount is a number").isTrue();
            case "currency" -> assertThat(value.asText()).as("currency").matches(CURRENCY);
            case "metric" -> assertThat(METRICS).as("metric").contains(value.asText());
            case "stage" -> assertThat(STAGES).as("stage").contains(value.asText());
            case "recurrence" -> assertThat(value.asText()).as("recurrence").matches(RRULE);
            case "when", "follow_up" -> assertDateOrDateTime(key, value);
            case "period" -> {
                assertThat(fieldNames(value)).as("period").containsExactlyInAnyOrder("start", "end");
                LocalDate start = date("period.start", value.get("start"));
                LocalDate end = date("period.end", value.get("end"));
                assertThat(start).as("period start ≤ end").isBeforeOrEqualTo(end);
            }
            case "persons" -> {
                assertThat(value.isArray()).as("persons is an array").isTrue();
                assertThat(value.size()).as("persons is not empty").isPositive();
                value.forEach(person -> {
                    assertThat(person.isTextual()).as("a person is a string").isTrue();
                    assertThat(person.asText()).as("person").isNotBlank();
                });
            }
            default -> throw new AssertionError("not a contract key: " + key);
        }
    }

    private static void assertDateOrDateTime(String key, JsonNode value) {
        assertThat(value.isTextual()).as(key + " is a string").isTrue();
        String text = value.asText();
        if (text.contains("T")) {
            assertThat(text).as(key).matches(DATE_TIME);
            LocalDateTime.parse(text);
        } else {
            date(key, value);
        }
    }

    private static LocalDate date(String what, JsonNode value) {
        assertThat(value.isTextual()).as(what + " is a string").isTrue();
        assertThat(value.asText()).as(what).matches(DATE);
        return LocalDate.parse(value.asText());
    }

    private static JsonNode read(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    // The tree model has already turned the number into a value; the contract is about how it is written.
    private static java.util.Optional<String> rawAmount(String line) {
        try (JsonParser parser = MAPPER.getFactory().createParser(line)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && depth == 2 && "amount".equals(parser.currentName())) {
                    parser.nextToken();
                    return java.util.Optional.of(parser.getText());
                }
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
