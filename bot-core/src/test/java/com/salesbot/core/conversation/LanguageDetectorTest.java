package com.salesbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract's rule: drop mentions and URLs, count Han characters H and Latin words W; zh when H > 0 and H ≥ 2W. */
class LanguageDetectorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "今天见了Acme的CTO                              ; ZH", // H=5, W=2
                "ok 好                                          ; EN", // H=1, W=1
                "好的 ok                                        ; ZH", // H=2, W=1
                "本周拜访量排行                                 ; ZH",
                "closed $12.5k with Globex today                ; EN",
                "<@U024BE7LH> 你好                              ; ZH", // the mention is dropped: H=2, W=0
                "<@U024BE7LH|alice> 好                          ; ZH",
                "看看 https://example.com/some/long/path        ; ZH", // the URL is dropped
                "见 <https://example.com|the deck> ok           ; EN", // H=1, W=1 after dropping the link
                "12345 !!!                                      ; EN", // no Han at all
                "''                                             ; EN"
            })
    void followsTheContractRule(String text, Lang expected) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
    }

    @Test
    void nullIsEnglish() {
        assertThat(LanguageDetector.detect(null)).isEqualTo(Lang.EN);
    }
}
