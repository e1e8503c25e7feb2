package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountNormalizerTest {
    private final AmountNormalizer amounts = new AmountNormalizer();

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "closed 12k today | 12000 | -",
                "12.5k | 12500 | -",
                "$1.5M deal | 1500000 | USD",
                "1.2m | 1200000 | -",
                "sold 12,500 of licences | 12500 | -",
                "3000 dollars | 3000 | USD",
                "50 bucks | 50 | USD",
                "€8k | 8000 | EUR",
                "£2,000 | 2000 | GBP",
                "HK$5k | 5000 | HKD",
                "S$900 | 900 | SGD",
                "us$17050 worth | 17050 | USD",
                "RMB 20000 | 20000 | CNY",
                "¥30k | 30000 | CNY",
                "53400 yuan | 53400 | CNY",
                "4.3 million GBP | 4300000 | GBP",
                "签了5万 | 50000 | -",
                "1.5万 | 15000 | -",
                "3千元 | 3000 | CNY",
                "三千块 | 3000 | CNY",
                "一百二十万 | 1200000 | -",
                "两万五 | 25000 | -",
                "十万 | 100000 | -",
                "50万 | 500000 | -",
                "1亿 | 100000000 | -",
                "15000块钱 | 15000 | CNY",
                "5000美元 | 5000 | USD",
                "8W块 | 80000 | CNY",
            })
    void readsMoneyAsAnExactPlainNumberWithTheCurrencyItImplies(String text, String value, String currency) {
        AmountMatch match = amounts.findAll(text).get(0);

        assertThat(match.value().toPlainString()).isEqualTo(value);
        assertThat(match.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(match.currency()).isEqualTo(Optional.ofNullable(currency));
        assertThat(match.valid()).isTrue();
        assertThat(match.isCount()).isFalse();
    }

    @Test
    void reportsTheSpanSoCallersCanKeepTheAmountOutOfNames() {
        String text = "Globex signed HK$5k today";

        AmountMatch match = amounts.findAll(text).get(0);

        assertThat(text.substring(match.span().start(), match.span().end())).isEqualTo("HK$5k");
    }

    @ParameterizedTest(name = "{0} counts {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "30 visits this month | 30 | visits",
                "签5单 | 5 | 单",
                "拜访30次 | 30 | 次",
                "10个订单 | 10 | 订单",
                "three client visits | 3 | visits",
            })
    void readsCountsWithTheNounTheyCount(String text, int value, String unit) {
        AmountMatch match = amounts.findAll(text).get(0);

        assertThat(match.value()).isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(match.countUnit()).contains(unit);
        assertThat(match.currency()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" holds no amount")
    @ValueSource(
            strings = {
                "12月5日见面",
                "meet at 3pm",
                "9点开会",
                "Q3 numbers",
                "targets for 2026",
                "ping <@U024BE7LH>",
                "<@80351110224678912> did great",
                "top 5 reps",
                "3 days ago",
                "version 3.2",
                "20% off",
                "2026-11-27",
                "call me at 10:30",
                "今天去了三天",
                "周一见",
                "千万别忘了",
                "万科的单子",
                "teams call w/ 3M this morning",
                "第三季度",
            })
    void doesNotMistakeDatesTimesIdsOrWordsForAmounts(String text) {
        assertThat(amounts.findAll(text)).isEmpty();
    }

    @Test
    void reportsNegativeAndAbsurdAmountsAsInvalidInsteadOfDroppingThem() {
        AmountMatch negative = amounts.findAll("closed -5k with Acme").get(0);
        AmountMatch absurd = amounts.findAll("sold 1e99 to Acme").get(0);
        AmountMatch zero = amounts.findAll("closed $0 deal").get(0);

        assertThat(negative.valid()).isFalse();
        assertThat(negative.value()).isEqualByComparingTo("-5000");
        assertThat(absurd.valid()).isFalse();
        assertThat(zero.valid()).isFalse();
    }

    @Test
    void prefersAnExplicitMoneyAmountOverABareNumberOrACount() {
        List<AmountMatch> found = amounts.findAll("order 4500 units, 30 visits, worth $12k");

        assertThat(amounts.best(found)).map(AmountMatch::value).contains(new BigDecimal("12000"));
    }

    @Test
    void readsSmallBareNumbersOnlyWhenAskedTo() {
        assertThat(amounts.findAll("set the team's deals target to 19")).isEmpty();
        assertThat(amounts.findAll("set the team's deals target to 19", true))
                .extracting(AmountMatch::value)
                .containsExactly(new BigDecimal("19"));
    }

    @Test
    void keepsAHugeDigitRunCheapAndInvalid() {
        List<AmountMatch> found = amounts.findAll("$" + "9".repeat(5000));

        assertThat(found).singleElement().satisfies(a -> assertThat(a.valid()).isFalse());
    }
}
