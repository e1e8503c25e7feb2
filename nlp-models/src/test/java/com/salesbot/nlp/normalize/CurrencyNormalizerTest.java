package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyNormalizerTest {
    private final CurrencyNormalizer currencies = new CurrencyNormalizer();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "$, USD",
        "dollars, USD",
        "bucks, USD",
        "USD, USD",
        "美元, USD",
        "刀, USD",
        "¥, CNY",
        "元, CNY",
        "块, CNY",
        "RMB, CNY",
        "cny, CNY",
        "人民币, CNY",
        "€, EUR",
        "euros, EUR",
        "欧元, EUR",
        "£, GBP",
        "pounds, GBP",
        "英镑, GBP",
        "HK$, HKD",
        "港币, HKD",
        "港元, HKD",
        "hkd, HKD",
        "S$, SGD",
        "新加坡元, SGD",
        "SGD, SGD"
    })
    void mapsTheContractsSymbolsAndWordsToIsoCodes(String token, String iso) {
        assertThat(currencies.toIso(token)).contains(iso);
    }

    @Test
    void knowsNothingAboutUnlistedWords() {
        assertThat(currencies.toIso("bitcoin")).isEmpty();
        assertThat(currencies.toIso(null)).isEmpty();
    }

    @Test
    void findsACurrencyWrittenApartFromTheNumber() {
        assertThat(currencies.find("target is 50k, in RMB please"))
                .map(CurrencyNormalizer.CurrencyMatch::iso)
                .contains("CNY");
        assertThat(currencies.find("按人民币算"))
                .map(CurrencyNormalizer.CurrencyMatch::iso)
                .contains("CNY");
    }

    @Test
    void doesNotReadCurrencyIntoWordsThatMerelyContainASymbolCharacter() {
        assertThat(currencies.find("元旦快乐, 一块儿去")).isEmpty();
        assertThat(currencies.find("just a message")).isEmpty();
    }
}
