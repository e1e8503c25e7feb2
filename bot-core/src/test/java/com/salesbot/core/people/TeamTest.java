package com.salesbot.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Money;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamTest {
    private final Team west =
            new Team("west", "West", "USD", Map.of("CNY", new BigDecimal("0.14")), ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest
    @CsvSource({
        "50000, 7000.00", // the everyday case
        "1, 0.14",
        "0.25, 0.04", // 0.035 → half-even up to the even 4
        "0.75, 0.10", // 0.105 → half-even stays on the even 0
        "0.03, 0.00" // less than a cent
    })
    void convertsYuanToDollarsRoundingToCentsHalfEven(String yuan, String dollars) {
        assertThat(west.toTeamCurrency(Money.of(yuan, "CNY"))).contains(new Money(new BigDecimal(dollars), "USD"));
    }

    @Test
    void teamCurrencyIsKeptAsIs() {
        Money amount = Money.of("12500.123", "USD");

        assertThat(west.toTeamCurrency(amount)).containsSame(amount);
    }

    @Test
    void currencyWithoutRateCannotBeConverted() {
        assertThat(west.toTeamCurrency(Money.of("100", "EUR"))).isEmpty();
    }
}
