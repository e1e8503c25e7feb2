package com.salesbot.nlp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParseCommandTest {

    private static String run(IntentParser parser, String input, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ParseCommand(parser)
                .run(
                        new BufferedReader(new StringReader(input)),
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        ParseCommand.Options.parse(args));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesOneObjectPerLineInOrderIncludingEmptyLines() throws Exception {
        IntentParser parser = (text, now) ->
                new ParsedMessage(text.isBlank() ? Intent.UNKNOWN : Intent.HELP, 0.9, Lang.EN, Entities.none());

        String out = run(parser, "help\n\nhelp\n", "--now", "2026-11-27T10:00", "--zone", "Asia/Shanghai");

        assertThat(out.lines().toList())
                .containsExactly(
                        "{\"intent\":\"help\",\"confidence\":0.9000,\"lang\":\"en\",\"entities\":{}}",
                        "{\"intent\":\"unknown\",\"confidence\":0.9000,\"lang\":\"en\",\"entities\":{}}",
                        "{\"intent\":\"help\",\"confidence\":0.9000,\"lang\":\"en\",\"entities\":{}}");
    }

    @Test
    void theReferenceClockComesFromNowAndZone() throws Exception {
        var seen = new java.util.concurrent.atomic.AtomicReference<java.time.ZonedDateTime>();
        IntentParser parser = (text, now) -> {
            seen.set(now);
            return new ParsedMessage(Intent.HELP, 1, Lang.EN, Entities.none());
        };

        run(parser, "x\n", "--now", "2026-11-27T10:00", "--zone", "Asia/Shanghai");

        assertThat(seen.get()).isEqualTo(LocalDateTime.of(2026, 11, 27, 10, 0).atZone(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aParserFailureStillYieldsAnUnknownObjectForThatLine() throws Exception {
        IntentParser parser = (text, now) -> {
            throw new IllegalStateException("boom");
        };

        String out = run(parser, "今天\n", "--now", "2026-11-27T10:00");

        assertThat(out).isEqualTo("{\"intent\":\"unknown\",\"confidence\":0.0000,\"lang\":\"zh\",\"entities\":{}}\n");
    }

    @Test
    void entitiesAreWrittenInTheContractsFormats() {
        Entities entities = new Entities(Map.of(
                "amount",
                new BigDecimal("12500.00"),
                "period",
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                "when",
                LocalDateTime.of(2026, 12, 1, 15, 0),
                "follow_up",
                LocalDate.of(2026, 12, 4),
                "persons",
                List.of("U024BE7LH"),
                "customer",
                "Acme Corp"));

        String json = ContractJson.entities(entities).toString();

        assertThat(json)
                .contains("\"amount\":12500")
                .contains("\"period\":{\"start\":\"2026-11-01\",\"end\":\"2026-11-30\"}")
                .contains("\"when\":\"2026-12-01T15:00\"")
                .contains("\"follow_up\":\"2026-12-04\"")
                .contains("\"persons\":[\"U024BE7LH\"]")
                .contains("\"customer\":\"Acme Corp\"");
    }

    @Test
    void largeAmountsAreWrittenWithoutExponent() {
        Entities entities = new Entities(Map.of("amount", new BigDecimal("1.5E+6")));

        assertThat(ContractJson.entities(entities).toString()).isEqualTo("{\"amount\":1500000}");
    }

    @Test
    void projectIntentsAreWrittenAsUnknown() {
        String line = ContractJson.line(new ParsedMessage(Intent.ADD_MEMBER, 1, Lang.EN, Entities.none()));

        assertThat(line).startsWith("{\"intent\":\"unknown\"");
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThatThrownBy(() -> ParseCommand.Options.parse(new String[] {"--bogus"}))
                .hasMessageContaining("unknown option --bogus");
    }
}
