package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "三, 3",
        "十, 10",
        "十五, 15",
        "二十五, 25",
        "三千, 3000",
        "十万, 100000",
        "一百二十万, 1200000",
        "两万五, 25000",
        "三千五, 3500",
        "一千零五, 1005",
        "一万二千, 12000",
        "一亿, 100000000",
        "零, 0"
    })
    void readsFullAndSpokenShortForms(String numeral, long value) {
        assertThat(ChineseNumerals.parse(numeral)).hasValue(value);
    }

    @ParameterizedTest(name = "{0} is not a number")
    @ValueSource(strings = {"万", "千万", "百度", "一二", "万一", "5万"})
    void rejectsWordsThatOnlyContainNumeralCharacters(String text) {
        assertThat(ChineseNumerals.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"3, 3", "15, 15", "十二, 12"})
    void readsSmallNumbersInEitherScript(String text, long value) {
        assertThat(ChineseNumerals.parseSmall(text)).hasValue(value);
    }
}
