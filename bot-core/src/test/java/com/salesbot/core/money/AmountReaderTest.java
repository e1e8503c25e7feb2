package com.salesbot.core.money;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Money;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.people.Team;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmountReaderTest {
    private final Team west = new Team("west", "West", "USD", Map.of("CNY", new BigDecimal("0.14")), ZoneId.of("UTC"));

    @Test
    void noAmountStatedReadsNothing() {
        assertThat(AmountReader.read(Entities.none(), west)).isEmpty();
    }

    @Test
    void anAmountTheParserFlaggedAsInvalidIsAProblemQuotingWhatWasWritten() {
        AmountReader.Reading reading = AmountReader.read(entities(Entities.INVALID_AMOUNT, "-5k"), west)
                .orElseThrow();

        assertThat(reading.valid()).isFalse();
        assertThat(reading.problemKey()).isEqualTo("amount.out_of_range");
        assertThat(reading.problemArgs()).containsExactly("-5k");
    }

    @Test
    void amountWithoutCurrencyIsInTheTeamsCurrency() {
        AmountReader.Reading reading =
                AmountReader.read(entities("amount", 12500), west).orElseThrow();

        assertThat(reading.valid()).isTrue();
        assertThat(reading.original()).isEqualTo(Money.of("12500", "USD"));
        assertThat(reading.inTeamCurrency()).isEqualTo(Money.of("12500", "USD"));
    }

    @Test
    void otherCurrencyIsConvertedAndTheOriginalKept() {
        AmountReader.Reading reading = AmountReader.read(entities("amount", 50000, "currency", "CNY"), west)
                .orElseThrow();

        assertThat(reading.original()).isEqualTo(Money.of("50000", "CNY"));
        assertThat(reading.inTeamCurrency()).isEqualTo(Money.of("7000.00", "USD"));
    }

    @Test
    void currencyWithoutRateIsAProblemNamingBothCurrencies() {
        AmountReader.Reading reading = AmountReader.read(entities("amount", 100, "currency", "EUR"), west)
                .orElseThrow();

        assertThat(reading.valid()).isFalse();
        assertThat(reading.problemKey()).isEqualTo("amount.no_rate");
        assertThat(reading.problemArgs()).isEqualTo(List.of("EUR", "USD"));
    }

    @Test
    void nonPositiveHugeAndVanishingAmountsAreOutOfRange() {
        for (String amount : List.of("-1", "0", "1e99", "1000000000000")) {
            AmountReader.Reading reading = AmountReader.read(entities("amount", new BigDecimal(amount)), west)
                    .orElseThrow();
            assertThat(reading.problemKey()).as(amount).isEqualTo("amount.out_of_range");
        }
        AmountReader.Reading fen = AmountReader.read(
                        entities("amount", new BigDecimal("0.03"), "currency", "CNY"), west)
                .orElseThrow();
        assertThat(fen.problemKey()).isEqualTo("amount.out_of_range");
        assertThat(fen.problemArgs()).containsExactly("0.03");
        assertThat(AmountReader.isSane(new BigDecimal("999999999999.99"))).isTrue();
    }
}
