package com.salesbot.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        "12500, USD, '$12,500'",
        "50000, CNY, '¥50,000'",
        "7000.00, USD, '$7,000'",
        "12500.5, USD, '$12,500.50'",
        "0.125, USD, $0.12",
        "0.135, USD, $0.14",
        "0, USD, $0",
        "1234567.891, EUR, '€1,234,567.89'",
        "99, GBP, £99",
        "10, HKD, HK$10",
        "10, SGD, S$10",
        "500, CHF, 500 CHF",
        "100, USD, $100",
        "1000000, USD, '$1,000,000'",
        "999.999, USD, '$1,000'",
        "-1234.5, USD, '$-1,234.50'",
        "12345678901234567890.1, CNY, '¥12,345,678,901,234,567,890.10'"
    })
    void displaysWithSymbolThousandsSeparatorsAndCents(String amount, String currency, String expected) {
        assertThat(Money.of(amount, currency).display()).isEqualTo(expected);
        assertThat(Money.of(amount, currency)).hasToString(expected);
    }

    @Test
    void addsAmountsOfOneCurrency() {
        Money sum = Money.of("12500", "USD").plus(Money.of("0.50", "USD"));

        assertThat(sum).isEqualTo(new Money(new BigDecimal("12500.50"), "USD"));
        assertThat(Money.zero("CNY").plus(Money.of("3", "CNY")).display()).isEqualTo("¥3");
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "CNY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CNY")
                .hasMessageContaining("USD");
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new Money(null, "USD")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "$")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("twelve", "USD")).isInstanceOf(NumberFormatException.class);
    }
}
